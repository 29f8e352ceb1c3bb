import containerAppDisallowExternalIngress from "./azure-app-containerapp-disallow-external-ingress";

export const rules = [containerAppDisallowExternalIngress];
