import rule from "../../../../policies/aws/ec2/aws-ec2-instance-disallow-public-ip";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const instance = (props: Record<string, unknown> = {}) =>
  resource(AWS.ec2Instance, "app", { ami: "ami-0abc", instanceType: "t3.micro", ...props });
const template = (networkInterfaces: unknown, props: Record<string, unknown> = {}) =>
  resource(AWS.ec2LaunchTemplate, "workers", { imageId: "ami-0abc", networkInterfaces, ...props });

describeRule(rule, {
  compliant: [
    { title: "instance leaving associatePublicIpAddress unset", resources: [instance()] },
    { title: "instance with associatePublicIpAddress=false", resources: [instance({ associatePublicIpAddress: false })] },
    {
      title: "bastion tagged tier=public",
      resources: [instance({ associatePublicIpAddress: true, tags: { tier: "Public" } })],
    },
    {
      title: "bastion tagged with a configured public-tier tag",
      resources: [instance({ associatePublicIpAddress: true, tags: { zone: "dmz" } })],
      config: { publicTierTagKey: "zone", publicTierTagValue: "dmz" },
    },
    {
      title: 'launch template interface with associatePublicIpAddress="false"',
      resources: [template([{ associatePublicIpAddress: "false" }])],
    },
    { title: "launch template without network interfaces", resources: [template(undefined)] },
  ],
  violating: [
    {
      title: "instance with associatePublicIpAddress=true",
      resources: [instance({ associatePublicIpAddress: true })],
      codes: ["public-ip"],
    },
    {
      title: "instance tagged tier=private with a public address",
      resources: [instance({ associatePublicIpAddress: true, tags: { tier: "private" } })],
      codes: ["public-ip"],
    },
    {
      title: 'launch template with two interfaces, the second "true"',
      resources: [
        template([
          { deviceIndex: 0, associatePublicIpAddress: "false" },
          { deviceIndex: 1, associatePublicIpAddress: "true" },
        ]),
      ],
      codes: ["public-ip"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "instance whose associatePublicIpAddress is computed", resources: [instance({ associatePublicIpAddress: UNKNOWN.boolean })] },
    { title: "public instance whose tags are computed", resources: [instance({ associatePublicIpAddress: true, tags: UNKNOWN.object })] },
  ],
});
