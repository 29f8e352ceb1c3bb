import appDisallowBasicAuth from "./azure-web-app-disallow-basic-auth";
import appRequireHttps from "./azure-web-app-require-https";

export const rules = [appRequireHttps, appDisallowBasicAuth];
