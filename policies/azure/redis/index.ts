import cacheDisallowAccessKeys from "./azure-redis-cache-disallow-access-keys";
import cacheRequireTls from "./azure-redis-cache-require-tls";

export const rules = [cacheRequireTls, cacheDisallowAccessKeys];
