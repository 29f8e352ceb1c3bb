import type { RedisArgs } from "@pulumi/azure-native/redis";
import { valueClause } from "../../core/message";
import { defineRule, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Redis = Pick<RedisArgs, "enableNonSslPort" | "minimumTlsVersion">;

export default defineRule({
  name: "azure-redis-cache-require-tls",
  displayName: "Redis caches accept only TLS 1.2 connections",
  description: 'Every Azure Cache for Redis keeps the non-TLS port closed and sets `minimumTlsVersion` to "1.2".',
  duty: "encryption-in-transit",
  severity: "high",
  resourceTypes: [AZURE.redis, AZURE.redisV2],
  remediation: 'Set `enableNonSslPort: false` and `minimumTlsVersion: "1.2"` on the cache.',
  why: "cached data and access keys can cross the network readable by anyone on the path",
  controls: { nist: ["SC-8"], mcsb: ["DP-3"], azurePolicy: ["22bee202"] },
  check(cache) {
    const { enableNonSslPort, minimumTlsVersion } = cache.props as Redis;
    const violations: Violation[] = [];
    if (enableNonSslPort === true) {
      violations.push({
        subject: "enableNonSslPort",
        actual: "The cache accepts plain-text connections on port 6379: `enableNonSslPort` is true",
        fix: "Set `enableNonSslPort: false`.",
      });
    }
    if (minimumTlsVersion !== "1.2") {
      violations.push({
        subject: "minimumTlsVersion",
        actual:
          minimumTlsVersion === undefined
            ? "The cache does not declare a TLS minimum: `minimumTlsVersion` is not set"
            : `The cache accepts TLS older than 1.2: \`minimumTlsVersion\` ${valueClause(minimumTlsVersion, ["1.0", "1.1", "1.2"], "TLS version")}`,
        fix: 'Set `minimumTlsVersion: "1.2"`.',
      });
    }
    return violations;
  },
});
