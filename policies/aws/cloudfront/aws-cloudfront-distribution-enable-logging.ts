import type { DistributionArgs } from "@pulumi/aws/cloudfront";
import type { LogDeliverySourceArgs } from "@pulumi/aws/cloudwatch";
import { StackIndex } from "../../core/joins";
import { isRecord } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";

type Distribution = Pick<DistributionArgs, "loggingConfig">;

export default defineStackRule({
  name: "aws-cloudfront-distribution-enable-logging",
  displayName: "CloudFront distributions write access logs",
  description:
    "Every CloudFront distribution sets `loggingConfig` with a `bucket` for standard access logs, or is the `resourceArn` of an `ACCESS_LOGS` CloudWatch log delivery source that a log delivery sends on (standard logging v2).",
  duty: "logging",
  severity: "low",
  resourceTypes: [AWS.cloudfrontDistribution, AWS.cloudwatchLogDeliverySource, AWS.cloudwatchLogDelivery],
  remediation:
    'Set `loggingConfig: { bucket: <log bucket domain name>, includeCookies: false }` on the distribution, or declare an `aws.cloudwatch.LogDeliverySource` with `logType: "ACCESS_LOGS"` and `resourceArn: distribution.arn` and an `aws.cloudwatch.LogDelivery` from it.',
  why: "requests served at the edge leave no record for investigations",
  controls: { nist: ["AU-2"], securityHub: ["CloudFront.5"] },
  problems: {
    "no-logging": "`loggingConfig` is not set and no log delivery sends the distribution's `ACCESS_LOGS`",
    "empty-bucket": "`loggingConfig.bucket` is empty",
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    // Standard logging v2: cloudwatch/logDeliverySource.d.ts `logType` "For Amazon CloudFront, the
    // valid value is `ACCESS_LOGS`", `resourceArn` "The ARN of the AWS resource that is generating and
    // sending logs"; cloudwatch/logDelivery.d.ts `deliverySourceName` "The name of the delivery source".
    // An unknown at preview in a delivery or a source leaves only the distributions it may log undecided.
    const deliveries = new Siblings(
      index.ofType([AWS.cloudwatchLogDelivery]),
      (delivery) => index.referenced(delivery, "deliverySourceName", [AWS.cloudwatchLogDeliverySource], ["name"]),
      () => true,
    );
    const sources = new Siblings(
      index.ofType([AWS.cloudwatchLogDeliverySource]),
      (source) => index.referenced(source, "resourceArn", [AWS.cloudfrontDistribution], ["arn"]),
      (source) => {
        if ((source.props as Pick<LogDeliverySourceArgs, "logType">).logType !== "ACCESS_LOGS") return false;
        if (deliveries.of(source).length > 0) return true;
        deliveries.settle(source);
        return false;
      },
    );
    return judgeEach(index.ofType([AWS.cloudfrontDistribution]), (distribution): StackViolation[] | undefined => {
      if (sources.some(distribution, (delivered) => delivered)) return undefined;
      // types/input.d.ts DistributionLoggingConfig: `bucket` "V1 logging is enabled when this argument is specified".
      const { loggingConfig } = distribution.props as Distribution;
      if (!isRecord(loggingConfig)) {
        sources.settle(distribution);
        return [
          {
            code: "no-logging",
            resource: distribution,
            actual: "The distribution writes no access logs: `loggingConfig` is not set and no log delivery sends its `ACCESS_LOGS`",
          },
        ];
      }
      const { bucket } = loggingConfig;
      if (typeof bucket === "string" && bucket !== "") return undefined;
      sources.settle(distribution);
      return [
        { code: "empty-bucket", resource: distribution, actual: "The distribution writes no access logs: `loggingConfig.bucket` is empty" },
      ];
    });
  },
});
