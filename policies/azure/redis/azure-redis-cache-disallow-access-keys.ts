import type { RedisArgs } from "@pulumi/azure-native/redis";
import { defineRule, fail, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Redis = Pick<RedisArgs, "disableAccessKeyAuthentication">;

export default defineRule({
  name: "azure-redis-cache-disallow-access-keys",
  displayName: "Redis caches accept only Entra ID authentication",
  description: "Every Azure Cache for Redis sets `disableAccessKeyAuthentication` to true, so clients authenticate through Entra ID.",
  duty: "mfa",
  severity: "medium",
  resourceTypes: [AZURE.redis, AZURE.redisV2],
  remediation: 'Set `disableAccessKeyAuthentication: true` and `redisConfiguration.aadEnabled: "true"` on the cache.',
  why: "anyone holding an access key gets in without Entra ID sign-in or MFA",
  controls: { nist: ["IA-2"], mcsb: ["IM-1"] },
  problems: { "access-keys-enabled": "the cache accepts access keys" },
  check(cache) {
    const { disableAccessKeyAuthentication } = cache.props as Redis;
    // SDK: "Authentication to Redis through access keys is disabled when set as true. Default value is false."
    if (disableAccessKeyAuthentication === true) return pass;
    return fail(
      disableAccessKeyAuthentication === false
        ? "The cache accepts access keys: `disableAccessKeyAuthentication` is false"
        : "The cache accepts access keys: `disableAccessKeyAuthentication` is not set, and Azure then allows them",
      { code: "access-keys-enabled" },
    );
  },
});
