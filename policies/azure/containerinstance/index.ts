import containergroupDisallowPlaintextSecrets from "./azure-containerinstance-containergroup-disallow-plaintext-secrets";
import containerGroupDisallowPublicIp from "./azure-containerinstance-containergroup-disallow-public-ip";

export const rules = [containerGroupDisallowPublicIp, containergroupDisallowPlaintextSecrets];
