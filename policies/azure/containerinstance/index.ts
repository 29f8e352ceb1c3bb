import containerGroupDisallowPublicIp from "./azure-containerinstance-containergroup-disallow-public-ip";

export const rules = [containerGroupDisallowPublicIp];
