import cacheDisallowAccessKeys from "./azure-redis-cache-disallow-access-keys";
import cacheDisallowEolVersion from "./azure-redis-cache-disallow-eol-version";
import cacheRequireTls from "./azure-redis-cache-require-tls";

export const rules = [cacheRequireTls, cacheDisallowAccessKeys, cacheDisallowEolVersion];
