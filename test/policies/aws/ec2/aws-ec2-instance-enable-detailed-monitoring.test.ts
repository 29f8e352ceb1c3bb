import rule from "../../../../policies/aws/ec2/aws-ec2-instance-enable-detailed-monitoring";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

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
      codes: ["detailed-monitoring-off"],
    },
    {
      title: "instance with monitoring=false",
      resources: [instance({ monitoring: false })],
      codes: ["detailed-monitoring-off"],
    },
    {
      title: "launch template with monitoring unset",
      resources: [template({ monitoring: undefined })],
      codes: ["detailed-monitoring-off"],
    },
    {
      title: "launch configuration with enableMonitoring=false",
      resources: [configuration({ enableMonitoring: false })],
      codes: ["detailed-monitoring-off"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "instance whose monitoring flag is computed", resources: [instance({ monitoring: UNKNOWN.boolean })] },
    { title: "launch template whose monitoring block is computed", resources: [template({ monitoring: UNKNOWN.object })] },
  ],
});
