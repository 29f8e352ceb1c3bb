import { AZURE } from "../../core/tokens";
import { engineVersionRule } from "../support/engine-version";

// SDK (redis:Redis): `redisVersion` "should be in the form 'major[.minor]' (only 'major' is required) or the
// value 'latest' ... Supported versions: 4.0, 6.0 (latest). Default value is 'latest'." The row is the major.
export default engineVersionRule({
  name: "azure-redis-cache-disallow-eol-version",
  displayName: "Redis caches run a Redis version Azure still supports",
  description:
    "Every Azure Cache for Redis sets `redisVersion` to `latest` or a major version before its retirement in the pack's lifecycle table (Redis 4 retired).",
  resourceTypes: [AZURE.redis, AZURE.redisV2],
  remediation: 'Set `redisVersion: "6"` (or `latest`) and upgrade the cache.',
  controls: { nist: ["SI-2", "SA-22"], pciDss: ["6.3.3"], iso27001: ["A.8.8"], mcsb: ["PV-6"] },
  noun: "cache",
  property: "redisVersion",
  product: "azureRedisCache",
  row: (version) => /^\d+/.exec(version)?.[0],
  unset: "The cache names no `redisVersion` (SDK: \"Default value is 'latest'\")",
});
