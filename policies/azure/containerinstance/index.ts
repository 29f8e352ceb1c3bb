import containergroupDisallowPlaintextSecrets from "./azure-containerinstance-containergroup-disallow-plaintext-secrets";

export const rules = [containergroupDisallowPlaintextSecrets];
