import rule from "../../../../policies/azure/redis/azure-redis-cache-disallow-access-keys";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const cache = (value: unknown, type: string = AZURE.redis) =>
  resource(type, "cache", {
    resourceGroupName: "rg-app",
    sku: { name: "Standard", family: "C", capacity: 1 },
    disableAccessKeyAuthentication: value,
  });

describeRule(rule, {
  compliant: [
    { title: "cache with disableAccessKeyAuthentication=true", resources: [cache(true)] },
    { title: "v2 cache with disableAccessKeyAuthentication=true", resources: [cache(true, AZURE.redisV2)] },
  ],
  violating: [
    {
      title: "cache with disableAccessKeyAuthentication=false",
      resources: [cache(false)],
      codes: ["access-keys-enabled"],
    },
    {
      title: "cache with the flag unset",
      resources: [cache(undefined)],
      codes: ["access-keys-enabled"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "flag computed", resources: [cache(UNKNOWN.boolean)] }],
});
