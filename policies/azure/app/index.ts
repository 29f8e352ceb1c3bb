import containerAppDisallowExternalIngress from "./azure-app-containerapp-disallow-external-ingress";
import containerappDisallowPlaintextSecrets from "./azure-app-containerapp-disallow-plaintext-secrets";

export const rules = [containerAppDisallowExternalIngress, containerappDisallowPlaintextSecrets];
