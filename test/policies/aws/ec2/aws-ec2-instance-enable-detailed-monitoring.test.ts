import rule from "../../../../policies/aws/ec2/aws-ec2-instance-enable-detailed-monitoring";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const instance = (props: Record<string, unknown>) => resource(AWS.ec2Instance, "web", { ami: "ami-123", monitoring: true, ...props });
const template = (props: Record<string, unknown>) =>
  resource(AWS.ec2LaunchTemplate, "web", { imageId: "ami-123", monitoring: { enabled: true }, ...props });
const configuration = (props: Record<string, unknown>) =>
  resource(AWS.ec2LaunchConfiguration, "web-lc", { imageId: "ami-123", instanceType: "t3.micro", ...props });

describeRule(rule, {
  compliant: [
    { title: "instance with monitoring=true", resources: [instance({})] },
    { title: "launch template with monitoring.enabled=true", resources: [template({})] },
    { title: "launch configuration with enableMonitoring unset (defaults to true)", resources: [configuration({})] },
  ],
  violating: [
    {
      title: "instance with monitoring unset",
      resources: [instance({ monitoring: undefined })],
      problems: ["The instance sends only 5-minute metrics: `monitoring` is not set, and EC2 then leaves detailed monitoring off"],
    },
    {
      title: "instance with monitoring=false",
      resources: [instance({ monitoring: false })],
      problems: ["The instance sends only 5-minute metrics: `monitoring` is false"],
    },
    {
      title: "launch template with monitoring unset",
      resources: [template({ monitoring: undefined })],
      problems: ["The launch template sends only 5-minute metrics: `monitoring.enabled` is not true"],
    },
    {
      title: "launch configuration with enableMonitoring=false",
      resources: [configuration({ enableMonitoring: false })],
      problems: ["The launch configuration sends only 5-minute metrics: `enableMonitoring` is false"],
    },
  ],
  notApplicable: [
    {
      title: "instance where the map puts EC2 monitoring on the provider's side",
      resources: [instance({ monitoring: false })],
      map: mapWithScope("logging", { provider: "aws", resourceTypes: ["aws:ec2/*"], side: "provider", note: "Dev sandboxes." }),
      reason: /on the provider's side: Dev sandboxes\.$/,
    },
  ],
  unknown: [
    { title: "instance whose monitoring flag is computed", resources: [instance({ monitoring: UNKNOWN.boolean })] },
    { title: "launch template whose monitoring block is computed", resources: [template({ monitoring: UNKNOWN.object })] },
  ],
});
