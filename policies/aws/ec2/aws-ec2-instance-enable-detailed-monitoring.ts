import type { InstanceArgs, LaunchConfigurationArgs, LaunchTemplateArgs } from "@pulumi/aws/ec2";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Instance = Pick<InstanceArgs, "monitoring">;
type Template = Pick<LaunchTemplateArgs, "monitoring">;
type Configuration = Pick<LaunchConfigurationArgs, "enableMonitoring">;

export default defineRule({
  name: "aws-ec2-instance-enable-detailed-monitoring",
  displayName: "EC2 instances send detailed (1-minute) CloudWatch metrics",
  description:
    "Every EC2 instance sets `monitoring` to true, every launch template `monitoring.enabled` to true, and no launch configuration turns `enableMonitoring` off.",
  duty: "logging",
  severity: "low",
  resourceTypes: [AWS.ec2Instance, AWS.ec2LaunchTemplate, AWS.ec2LaunchConfiguration],
  remediation: "Set `monitoring: true` on the instance (`monitoring: { enabled: true }` on a launch template).",
  why: "averages over five minutes hide short spikes and slow the alarms that show an attack or an outage",
  controls: { nist: ["SI-4"] },
  problems: { "detailed-monitoring-off": "detailed (1-minute) monitoring is off or left to a default that is off" },
  check(resource) {
    if (resource.type === AWS.ec2LaunchConfiguration) {
      // Launch configurations default to detailed monitoring.
      const { enableMonitoring } = resource.props as Configuration;
      return enableMonitoring === false
        ? fail("The launch configuration sends only 5-minute metrics: `enableMonitoring` is false", {
            code: "detailed-monitoring-off",
            fix: "Set `enableMonitoring: true`.",
          })
        : pass;
    }
    if (resource.type === AWS.ec2LaunchTemplate) {
      const { monitoring } = resource.props as Template;
      if (isRecord(monitoring) && monitoring["enabled"] === true) return pass;
      return fail("The launch template sends only 5-minute metrics: `monitoring.enabled` is not true", {
        code: "detailed-monitoring-off",
        fix: "Set `monitoring: { enabled: true }`.",
      });
    }
    const { monitoring } = resource.props as Instance;
    if (monitoring === true) return pass;
    return fail(
      monitoring === false
        ? "The instance sends only 5-minute metrics: `monitoring` is false"
        : "The instance sends only 5-minute metrics: `monitoring` is not set, and EC2 then leaves detailed monitoring off",
      { code: "detailed-monitoring-off" },
    );
  },
});
