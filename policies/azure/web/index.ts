import appDisallowBasicAuth from "./azure-web-app-disallow-basic-auth";
import appDisallowPlaintextSecrets from "./azure-web-app-disallow-plaintext-secrets";
import appRequireHttps from "./azure-web-app-require-https";

export const rules = [appRequireHttps, appDisallowBasicAuth, appDisallowPlaintextSecrets];
