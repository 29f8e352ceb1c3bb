import appDisallowBasicAuth from "./azure-web-app-disallow-basic-auth";
import appDisallowPublicNetworkAccess from "./azure-web-app-disallow-public-network-access";
import appRequireHttps from "./azure-web-app-require-https";

export const rules = [appRequireHttps, appDisallowBasicAuth, appDisallowPublicNetworkAccess];
