import type { VolumeArgs } from "@pulumi/aws/ebs";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Volume = Pick<VolumeArgs, "encrypted">;

export default defineRule({
  name: "aws-ebs-volume-require-encryption",
  displayName: "EBS volumes are encrypted",
  description: "Every EBS volume sets `encrypted` to true.",
  duty: "encryption-at-rest",
  severity: "high",
  resourceTypes: [AWS.ebsVolume],
  remediation: "Set `encrypted: true` on the volume (and `kmsKeyId` to a customer-managed key where the data needs one).",
  why: "anyone who obtains the volume or one of its snapshots can read its data",
  controls: { nist: ["SC-28"], pciDss: ["3.5.1"], iso27001: ["A.8.24"], cis: ["AWS 2.2.1"], securityHub: ["EC2.3"] },
  check(volume) {
    const { encrypted } = volume.props as Volume;
    if (encrypted === true) return pass;
    return fail(
      encrypted === false
        ? "The volume is not encrypted: `encrypted` is false"
        : "The volume is not encrypted: `encrypted` is not set, and EBS leaves volumes unencrypted unless told otherwise",
    );
  },
});
