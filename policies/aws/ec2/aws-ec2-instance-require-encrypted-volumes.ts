import type { EncryptionByDefaultArgs } from "@pulumi/aws/ebs";
import type { InstanceArgs } from "@pulumi/aws/ec2";
import { StackIndex } from "../../core/joins";
import { isRecord } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Instance = Pick<InstanceArgs, "rootBlockDevice" | "ebsBlockDevices">;
type Default = Pick<EncryptionByDefaultArgs, "enabled">;

export default defineStackRule({
  name: "aws-ec2-instance-require-encrypted-volumes",
  displayName: "EC2 instances encrypt their EBS volumes",
  description:
    "Every EC2 instance sets `encrypted` to true on its `rootBlockDevice` and every `ebsBlockDevices` entry, unless the stack turns on EBS encryption by default.",
  duty: "encryption-at-rest",
  severity: "high",
  resourceTypes: [AWS.ec2Instance, AWS.ebsEncryptionByDefault],
  remediation:
    "Set `rootBlockDevice: { encrypted: true }` and `encrypted: true` on every `ebsBlockDevices` entry of the instance, or add an `aws.ebs.EncryptionByDefault` with `enabled: true` to the stack.",
  why: "anyone who obtains a volume or one of its snapshots can read the instance's disks",
  controls: { nist: ["SC-28"], pciDss: ["3.5.1"], iso27001: ["A.8.24"], cis: ["AWS 2.2.1"], securityHub: ["EC2.3"] },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const byDefault = index.ofType([AWS.ebsEncryptionByDefault]).some((setting) => (setting.props as Default).enabled !== false);
    if (byDefault) return [];
    const violations: StackViolation[] = [];
    for (const instance of index.ofType([AWS.ec2Instance])) {
      const { rootBlockDevice } = instance.props as Instance;
      const rootEncrypted = isRecord(rootBlockDevice) ? rootBlockDevice["encrypted"] : undefined;
      if (rootEncrypted !== true) {
        violations.push({
          resource: instance,
          subject: "rootBlockDevice",
          actual:
            rootEncrypted === false
              ? "The instance's root volume is not encrypted: `rootBlockDevice.encrypted` is false"
              : "The instance's root volume is not encrypted: `rootBlockDevice.encrypted` is not set and the stack does not turn on EBS encryption by default",
          fix: "Set `rootBlockDevice: { encrypted: true }` on the instance, or add an `aws.ebs.EncryptionByDefault` with `enabled: true`.",
        });
      }
      const { ebsBlockDevices } = instance.props as Instance;
      if (!Array.isArray(ebsBlockDevices)) continue;
      ebsBlockDevices.forEach((device: unknown, position: number) => {
        if (isRecord(device) && device["encrypted"] === true) return;
        violations.push({
          resource: instance,
          subject: `ebsBlockDevices[${position}]`,
          actual: `The instance's EBS volume ${position} is not encrypted: \`ebsBlockDevices[${position}].encrypted\` is not true`,
          fix: `Set \`encrypted: true\` on \`ebsBlockDevices[${position}]\`, or add an \`aws.ebs.EncryptionByDefault\` with \`enabled: true\`.`,
        });
      });
    }
    return violations;
  },
});
