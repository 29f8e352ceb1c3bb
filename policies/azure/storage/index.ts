import accountRequireHttps from "./azure-storage-account-require-https";

export const rules = [accountRequireHttps];
