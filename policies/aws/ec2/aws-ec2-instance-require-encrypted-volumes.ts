import type { InstanceArgs } from "@pulumi/aws/ec2";
import { StackIndex } from "../../core/joins";
import { isRecord } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { EbsDefaultEncryption } from "../support/ebs-default";
import { launchTemplateOf, templateEncryption, usesLaunchTemplate } from "../support/ec2";

type Instance = Pick<InstanceArgs, "rootBlockDevice" | "ebsBlockDevices">;

const FIX_DEFAULT = "or add an `aws.ebs.EncryptionByDefault` with `enabled: true` for its account and region";

export default defineStackRule({
  name: "aws-ec2-instance-require-encrypted-volumes",
  displayName: "EC2 instances encrypt their EBS volumes",
  description:
    "Every EC2 instance sets `encrypted` to true on its `rootBlockDevice` and every `ebsBlockDevices` entry, or leaves them to a launch template that encrypts its volumes or to EBS encryption by default in its account and region.",
  duty: "encryption-at-rest",
  severity: "high",
  resourceTypes: [AWS.ec2Instance, AWS.ec2LaunchTemplate, AWS.ebsEncryptionByDefault],
  remediation:
    "Set `rootBlockDevice: { encrypted: true }` and `encrypted: true` on every `ebsBlockDevices` entry of the instance, or add an `aws.ebs.EncryptionByDefault` with `enabled: true` to the stack.",
  why: "anyone who obtains a volume or one of its snapshots can read the instance's disks",
  controls: { nist: ["SC-28"], pciDss: ["3.5.1"], iso27001: ["A.8.24"], cis: ["AWS 2.2.1"], securityHub: ["EC2.3"] },
  problems: {
    "volume-encryption-off": "the root volume or an `ebsBlockDevices` entry sets `encrypted` false",
    "volume-encryption-unset":
      "a volume leaves `encrypted` unset and neither a launch template of the stack nor EBS encryption by default encrypts it",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const byDefault = new EbsDefaultEncryption(index, ctx);
    // Each instance on its own: one whose settings, template or account default are unknown at
    // preview is undecided, and the others are still judged.
    return judgeEach(index.ofType([AWS.ec2Instance]), (instance) => {
      const violations: StackViolation[] = [];
      const { rootBlockDevice } = instance.props as Instance;
      // SDK (InstanceRootBlockDevice.encrypted): "Whether to enable volume encryption. Defaults to `false`";
      // unset, the volume follows the launch template, then the account and region's EBS default.
      const rootEncrypted = isRecord(rootBlockDevice) ? rootBlockDevice["encrypted"] : undefined;
      if (rootEncrypted === false) {
        violations.push({
          code: "volume-encryption-off",
          resource: instance,
          subject: "rootBlockDevice",
          actual: "The instance's root volume is not encrypted: `rootBlockDevice.encrypted` is false",
          fix: "Set `rootBlockDevice: { encrypted: true }` on the instance.",
        });
      } else if (rootEncrypted !== true) {
        const template = launchTemplateOf(index, instance);
        const fromTemplate = template === undefined ? undefined : templateEncryption(template);
        // A template from another stack is checked there; its volumes cannot be seen here.
        const elsewhere = template === undefined && usesLaunchTemplate(instance);
        if (fromTemplate !== "encrypted" && !elsewhere && byDefault.covers(instance) === undefined) {
          violations.push({
            code: "volume-encryption-unset",
            resource: instance,
            subject: "rootBlockDevice",
            actual:
              template === undefined
                ? "The instance's root volume is not encrypted: `rootBlockDevice.encrypted` is not set and EBS encryption by default is not on for its account and region"
                : `The instance's root volume is not encrypted: \`rootBlockDevice.encrypted\` is not set, its launch template ${template.name} does not encrypt ${fromTemplate === "none" ? "any volume" : "all its volumes"}, and EBS encryption by default is not on for its account and region`,
            fix: `Set \`rootBlockDevice: { encrypted: true }\` on the instance, ${FIX_DEFAULT}.`,
          });
        }
      }
      const { ebsBlockDevices } = instance.props as Instance;
      if (!Array.isArray(ebsBlockDevices)) return violations;
      ebsBlockDevices.forEach((device: unknown, position: number) => {
        const encrypted = isRecord(device) ? device["encrypted"] : undefined;
        if (encrypted === true) return;
        if (encrypted !== false && byDefault.covers(instance) !== undefined) return;
        violations.push({
          code: encrypted === false ? "volume-encryption-off" : "volume-encryption-unset",
          resource: instance,
          subject: `ebsBlockDevices[${position}]`,
          actual:
            encrypted === false
              ? `The instance's EBS volume ${position} is not encrypted: \`ebsBlockDevices[${position}].encrypted\` is false`
              : `The instance's EBS volume ${position} is not encrypted: \`ebsBlockDevices[${position}].encrypted\` is not set and EBS encryption by default is not on for its account and region`,
          fix: `Set \`encrypted: true\` on \`ebsBlockDevices[${position}]\`${encrypted === false ? "" : `, ${FIX_DEFAULT}`}.`,
        });
      });
      return violations;
    });
  },
});
