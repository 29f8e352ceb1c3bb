import type { EncryptionByDefaultArgs } from "@pulumi/aws/ebs";
import { StackIndex } from "../../core/joins";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Default = Pick<EncryptionByDefaultArgs, "enabled">;

/** Resources whose volumes EBS default encryption would cover. */
const EBS_USERS = [AWS.ebsVolume, AWS.ec2Instance, AWS.ec2LaunchTemplate, AWS.ec2LaunchConfiguration];

export default defineStackRule({
  name: "aws-ebs-account-enable-default-encryption",
  displayName: "EBS encryption by default is on for the account and region",
  description: "A stack that creates EC2 or EBS resources declares an `aws.ebs.EncryptionByDefault` with `enabled` true (the default).",
  duty: "encryption-at-rest",
  severity: "medium",
  resourceTypes: [AWS.ebsEncryptionByDefault, AWS.ebsDefaultKmsKey, ...EBS_USERS],
  remediation:
    'Add `new aws.ebs.EncryptionByDefault("default", { enabled: true })` to the stack that owns the account and region (and an `aws.ebs.DefaultKmsKey` for a customer-managed key).',
  why: "every volume and snapshot someone creates without saying `encrypted` is stored unencrypted",
  controls: { nist: ["SC-28"], cis: ["AWS 2.2.1"], securityHub: ["EC2.7"] },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    if (!index.has(EBS_USERS))
      return notApplicable("The stack creates no EBS volume, EC2 instance, launch template or launch configuration");
    const side = ctx.sideOf(AWS.ebsEncryptionByDefault);
    if (side.side === "provider") {
      return notApplicable(
        `The responsibility map puts EBS encryption by default on the provider's side for this account${side.note ? `: ${side.note}` : ""}`,
      );
    }
    const defaults = index.ofType([AWS.ebsEncryptionByDefault]);
    const disabled: StackViolation[] = [];
    for (const setting of defaults) {
      const { enabled } = setting.props as Default;
      if (enabled !== false) return [];
      disabled.push({
        resource: setting,
        actual: "EBS encryption by default is off: the EncryptionByDefault sets `enabled` to false",
        fix: "Set `enabled: true` on the EncryptionByDefault.",
      });
    }
    if (disabled.length > 0) return disabled;
    return [
      {
        actual: "EBS encryption by default is not declared: the stack creates EC2 or EBS resources but no `aws.ebs.EncryptionByDefault`",
      },
    ];
  },
});
