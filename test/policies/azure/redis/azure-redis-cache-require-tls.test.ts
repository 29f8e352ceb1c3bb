import rule from "../../../../policies/azure/redis/azure-redis-cache-require-tls";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const cache = (props: Record<string, unknown>, type: string = AZURE.redis) =>
  resource(type, "cache", {
    resourceGroupName: "rg-app",
    sku: { name: "Standard", family: "C", capacity: 1 },
    enableNonSslPort: false,
    minimumTlsVersion: "1.2",
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "cache with TLS 1.2 and the non-TLS port closed", resources: [cache({})] },
    { title: "cache under the v2 token azure-native:cache:Redis", resources: [cache({}, AZURE.redisV2)] },
    { title: "cache under a versioned v2 token", resources: [cache({}, "azure-native:cache/v20230801:Redis")] },
    // Azure Cache for Redis enforces TLS 1.2 on every cache since 2024-11-01.
    { title: "v2 cache with minimumTlsVersion unset", resources: [cache({ minimumTlsVersion: undefined }, AZURE.redisV2)] },
    {
      title: "cache with minimumTlsVersion and enableNonSslPort unset",
      resources: [cache({ minimumTlsVersion: undefined, enableNonSslPort: undefined })],
    },
  ],
  violating: [
    {
      title: "cache with a secret minimumTlsVersion that is no TLS version",
      resources: [cache({ minimumTlsVersion: canary("1.2") })],
      problems: [
        "The cache asks for a TLS minimum below 1.2, which Azure no longer honours: `minimumTlsVersion` is not a recognised TLS version",
      ],
      levels: ["advisory"],
    },
    {
      title: "cache with enableNonSslPort=true",
      resources: [cache({ enableNonSslPort: true })],
      problems: ["The cache accepts plain-text connections on port 6379: `enableNonSslPort` is true"],
      levels: ["mandatory"],
    },
    {
      title: "cache with minimumTlsVersion=1.0 (stale, never blocks)",
      resources: [cache({ minimumTlsVersion: "1.0" })],
      problems: ['The cache asks for a TLS minimum below 1.2, which Azure no longer honours: `minimumTlsVersion` is "1.0"'],
      levels: ["advisory"],
    },
  ],
  notApplicable: [
    {
      title: "cache where the map puts transit encryption on the provider's side",
      resources: [cache({ enableNonSslPort: true })],
      map: mapWithScope("encryption-in-transit", {
        provider: "azure",
        resourceTypes: ["azure-native:redis:*"],
        side: "provider",
        note: "VNet-injected.",
      }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "TLS version computed", resources: [cache({ minimumTlsVersion: UNKNOWN.string })] }],
});
