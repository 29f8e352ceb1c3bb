import type { DistributionArgs } from "@pulumi/aws/cloudfront";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Distribution = Pick<DistributionArgs, "loggingConfig">;

export default defineRule({
  name: "aws-cloudfront-distribution-enable-logging",
  displayName: "CloudFront distributions write access logs",
  description: "Every CloudFront distribution sets `loggingConfig` with a `bucket` for standard access logs.",
  duty: "logging",
  severity: "low",
  resourceTypes: [AWS.cloudfrontDistribution],
  remediation: "Set `loggingConfig: { bucket: <log bucket domain name>, includeCookies: false }` on the distribution.",
  why: "requests served at the edge leave no record for investigations",
  controls: { nist: ["AU-2"], securityHub: ["CloudFront.5"] },
  check(distribution) {
    // types/input.d.ts DistributionLoggingConfig: `bucket` "V1 logging is enabled when this argument is specified".
    const { loggingConfig } = distribution.props as Distribution;
    if (!isRecord(loggingConfig)) return fail("The distribution writes no access logs: `loggingConfig` is not set");
    const { bucket } = loggingConfig;
    if (typeof bucket !== "string" || bucket === "") return fail("The distribution writes no access logs: `loggingConfig.bucket` is empty");
    return pass;
  },
});
