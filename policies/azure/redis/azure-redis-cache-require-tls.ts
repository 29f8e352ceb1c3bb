import type { RedisArgs } from "@pulumi/azure-native/redis";
import { valueClause } from "../../core/message";
import { defineRule, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Redis = Pick<RedisArgs, "enableNonSslPort" | "minimumTlsVersion">;

export default defineRule({
  name: "azure-redis-cache-require-tls",
  displayName: "Redis caches accept only TLS 1.2 connections",
  description:
    'Every Azure Cache for Redis keeps the non-TLS port closed and leaves `minimumTlsVersion` unset (Azure enforces TLS 1.2) or sets it to "1.2".',
  duty: "encryption-in-transit",
  severity: "high",
  resourceTypes: [AZURE.redis, AZURE.redisV2],
  remediation: 'Set `enableNonSslPort: false` and `minimumTlsVersion: "1.2"` on the cache.',
  why: "cached data and access keys can cross the network readable by anyone on the path",
  controls: { nist: ["SC-8"], mcsb: ["DP-3"], azurePolicy: ["22bee202-a82f-4305-9a2a-6d7f44d4dedb"] },
  problems: {
    "non-tls-port-open": "the non-TLS port 6379 is open",
    "tls-minimum-below-1-2": "the configured TLS minimum is below 1.2, which Azure no longer honours (advisory)",
  },
  check(cache) {
    const { enableNonSslPort, minimumTlsVersion } = cache.props as Redis;
    const violations: Violation[] = [];
    // SDK: "Specifies whether the non-ssl Redis server port (6379) is enabled"; the port is closed unless set true.
    if (enableNonSslPort === true) {
      violations.push({
        code: "non-tls-port-open",
        subject: "enableNonSslPort",
        actual: "The cache accepts plain-text connections on port 6379: `enableNonSslPort` is true",
        fix: "Set `enableNonSslPort: false`.",
      });
    }
    // Azure Cache for Redis refuses TLS 1.0/1.1 since 2024-11-01 and no longer accepts them as a
    // minimum (learn.microsoft.com/azure/azure-cache-for-redis/cache-remove-tls-10-11); the SDK
    // gives no default: unset means TLS 1.2.
    if (minimumTlsVersion !== undefined && minimumTlsVersion !== "1.2") {
      violations.push({
        code: "tls-minimum-below-1-2",
        subject: "minimumTlsVersion",
        actual: `The cache asks for a TLS minimum below 1.2, which Azure no longer honours: \`minimumTlsVersion\` ${valueClause(minimumTlsVersion, ["1.0", "1.1", "1.2"], "TLS version")}`,
        why: "the configuration misstates what the cache accepts, and reviews and scanners read it as an exposure",
        fix: 'Set `minimumTlsVersion: "1.2"` (or remove it).',
        // Azure enforces TLS 1.2 whatever the setting says, so this cannot weaken the cache.
        advisory: true,
      });
    }
    return violations;
  },
});
