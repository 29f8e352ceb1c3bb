import type { VolumeArgs } from "@pulumi/aws/ebs";
import { StackIndex } from "../../core/joins";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { EbsDefaultEncryption } from "../support/ebs-default";

type Volume = Pick<VolumeArgs, "encrypted">;

export default defineStackRule({
  name: "aws-ebs-volume-require-encryption",
  displayName: "EBS volumes are encrypted",
  description:
    "Every EBS volume sets `encrypted` to true, or leaves it unset in an account and region where EBS encryption by default is on.",
  duty: "encryption-at-rest",
  severity: "high",
  resourceTypes: [AWS.ebsVolume, AWS.ebsEncryptionByDefault],
  remediation:
    "Set `encrypted: true` on the volume (and `kmsKeyId` to a customer-managed key where the data needs one), or add an `aws.ebs.EncryptionByDefault` with `enabled: true` for its account and region.",
  why: "anyone who obtains the volume or one of its snapshots can read its data",
  controls: { nist: ["SC-28"], pciDss: ["3.5.1"], iso27001: ["A.8.24"], cis: ["AWS 2.2.1"], securityHub: ["EC2.3"] },
  problems: {
    "encryption-off": "`encrypted` is false",
    "encryption-unset-no-default": "`encrypted` is not set and EBS encryption by default is not on for the volume's account and region",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const byDefault = new EbsDefaultEncryption(index, ctx);
    // Each volume on its own: one whose setting or account default is unknown at preview is
    // undecided, and the others are still judged.
    return judgeEach(index.ofType([AWS.ebsVolume]), (volume): StackViolation[] | undefined => {
      const { encrypted } = volume.props as Volume;
      if (encrypted === true) return undefined;
      // An explicit false is reported even under encryption by default: deployed, it is only false
      // on a volume created unencrypted, and as an input it asks for what the account refuses.
      if (encrypted === false) {
        return [
          {
            code: "encryption-off",
            resource: volume,
            actual: "The volume is not encrypted: `encrypted` is false",
            fix: "Set `encrypted: true` on the volume (and `kmsKeyId` to a customer-managed key where the data needs one).",
          },
        ];
      }
      // SDK (VolumeArgs.encrypted): "If true, the disk will be encrypted"; unset follows the account default.
      if (byDefault.covers(volume) !== undefined) return undefined;
      return [
        {
          code: "encryption-unset-no-default",
          resource: volume,
          actual:
            "The volume is not encrypted: `encrypted` is not set, and EBS encryption by default is not on for its account and region (no enabled `aws.ebs.EncryptionByDefault` there, and the responsibility map does not say it is managed centrally)",
        },
      ];
    });
  },
});
