import distributionEnableLogging from "./aws-cloudfront-distribution-enable-logging";
import distributionRequireHttps from "./aws-cloudfront-distribution-require-https";

export const rules = [distributionRequireHttps, distributionEnableLogging];
