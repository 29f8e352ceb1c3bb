import containerappDisallowPlaintextSecrets from "./azure-app-containerapp-disallow-plaintext-secrets";

export const rules = [containerappDisallowPlaintextSecrets];
