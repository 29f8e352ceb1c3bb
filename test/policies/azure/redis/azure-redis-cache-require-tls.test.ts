import { expect, it } from "vitest";
import rule from "../../../../policies/azure/redis/azure-redis-cache-require-tls";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, run, UNKNOWN } from "../../../support/rules";

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
      codes: ["tls-minimum-below-1-2"],
      levels: ["advisory"],
    },
    {
      title: "cache with enableNonSslPort=true",
      resources: [cache({ enableNonSslPort: true })],
      codes: ["non-tls-port-open"],
      levels: ["mandatory"],
    },
    {
      title: "cache with minimumTlsVersion=1.0 (stale, never blocks)",
      resources: [cache({ minimumTlsVersion: "1.0" })],
      codes: ["tls-minimum-below-1-2"],
      levels: ["advisory"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "TLS version computed", resources: [cache({ minimumTlsVersion: UNKNOWN.string })] }],
});

// Azure enforces TLS 1.2 whatever the setting says: the advisory must not claim the cache accepts old TLS.
it("says a stale TLS minimum is not honoured, not that old TLS is accepted", () => {
  const [finding] = run(rule, [cache({ minimumTlsVersion: "1.0" })]);
  expect(finding?.problem).toContain("which Azure no longer honours");
  expect(finding?.problem).not.toMatch(/accepts TLS/);
});
