import rule from "../../../../policies/azure/redis/azure-redis-cache-disallow-access-keys";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

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
      problems: ["The cache accepts access keys: `disableAccessKeyAuthentication` is false"],
    },
    {
      title: "cache with the flag unset",
      resources: [cache(undefined)],
      problems: ["The cache accepts access keys: `disableAccessKeyAuthentication` is not set, and Azure then allows them"],
    },
  ],
  notApplicable: [
    {
      title: "cache where the map puts strong authentication on the provider's side",
      resources: [cache(false)],
      map: mapWithScope("mfa", {
        provider: "azure",
        resourceTypes: ["azure-native:redis:*"],
        side: "provider",
        note: "Cache holds no sensitive data.",
      }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "flag computed", resources: [cache(UNKNOWN.boolean)] }],
});
