import rule from "../../../../policies/azure/redis/azure-redis-cache-disallow-eol-version";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const cache = (redisVersion: unknown) =>
  resource(AZURE.redis, "sessions", { resourceGroupName: "rg-app", sku: { name: "Standard", family: "C", capacity: 1 }, redisVersion });

describeRule(rule, {
  compliant: [
    { title: "Redis 6", resources: [cache("6")] },
    { title: "Redis latest", resources: [cache("latest")] },
    { title: "deployed Redis 6.0.14", resources: [cache("6.0.14")] },
    {
      title: "cache under the v2 token on Redis 6",
      resources: [resource(AZURE.redisV2, "sessions", { resourceGroupName: "rg-app", redisVersion: "6.0" })],
    },
  ],
  violating: [
    { title: "Redis 4.0 (retired 2023-06-30)", resources: [cache("4.0")], codes: ["eol-version"] },
    {
      title: "the message names the version and its retirement",
      resources: [cache("4")],
      problems: ["The cache runs version 4, whose Azure Cache for Redis version ended on 2023-06-30"],
    },
  ],
  notApplicable: [
    {
      title: "cache without redisVersion",
      resources: [cache(undefined)],
      reason: "The cache names no `redisVersion` (SDK: \"Default value is 'latest'\")",
    },
  ],
  unknown: [{ title: "version computed", resources: [cache(UNKNOWN.string)] }],
});
