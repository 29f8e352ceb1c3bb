import appDisallowBasicAuth from "./azure-web-app-disallow-basic-auth";
import appDisallowEolRuntime from "./azure-web-app-disallow-eol-runtime";
import appDisallowPlaintextSecrets from "./azure-web-app-disallow-plaintext-secrets";
import appDisallowPublicNetworkAccess from "./azure-web-app-disallow-public-network-access";
import appRequireHttps from "./azure-web-app-require-https";

export const rules = [
  appRequireHttps,
  appDisallowBasicAuth,
  appDisallowEolRuntime,
  appDisallowPublicNetworkAccess,
  appDisallowPlaintextSecrets,
];
