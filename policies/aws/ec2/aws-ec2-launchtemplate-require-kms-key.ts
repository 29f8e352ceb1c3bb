import type { LaunchTemplateArgs } from "@pulumi/aws/ec2";
import { cmkNotRequired } from "../../core/classification";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable, type Violation } from "../../core/rule";
import { marked } from "../../core/shown-values";
import { AWS } from "../../core/tokens";
import { cmkReason, customerManagedKeyRequired, KEY_PROBLEMS, type KmsKeyConfig, keyViolation, kmsKeyOptions } from "../support/kms";

type Template = Pick<LaunchTemplateArgs, "blockDeviceMappings">;

export default defineRule<KmsKeyConfig>({
  name: "aws-ec2-launchtemplate-require-kms-key",
  displayName: "Launch templates encrypt their EBS volumes with a customer-managed KMS key",
  description:
    "Every `blockDeviceMappings` entry with `ebs` of a launch template sets `ebs.kmsKeyId` to a customer-managed KMS key (launch configurations are not checked: they cannot name a KMS key and always use the account's default EBS key).",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AWS.ec2LaunchTemplate],
  remediation:
    'Set `ebs: { encrypted: "true", kmsKeyId: key.arn }` on every `blockDeviceMappings` entry of the launch template, with a customer-managed KMS key.',
  why: "the AWS-managed `aws/ebs` key cannot be restricted by a key policy, shared for snapshot copies or withdrawn to cut off access",
  controls: { nist: ["SC-12", "SC-28"], pciDss: ["3.5.1"], iso27001: ["A.8.24"] },
  problems: {
    "key-not-set": "a volume's `ebs.kmsKeyId` is not set, so it uses the AWS-managed or the account's default EBS key",
    ...KEY_PROBLEMS,
  },
  options: kmsKeyOptions(true),
  check(template, ctx) {
    const required = customerManagedKeyRequired(template, ctx);
    if (!required.value && ctx.config.allowedKeys.length === 0) {
      return notApplicable(
        cmkNotRequired(required, "The rule's requireCustomerManagedKey option is off and no allowedKeys are configured"),
      );
    }
    const { blockDeviceMappings } = template.props as Template;
    const mappings: readonly unknown[] = Array.isArray(blockDeviceMappings) ? blockDeviceMappings : [];
    const ebsMappings = mappings
      .map((mapping, position) => [mapping, position] as const)
      .filter((entry): entry is readonly [Record<string, unknown>, number] => isRecord(entry[0]) && isRecord(entry[0]["ebs"]));
    if (ebsMappings.length === 0) {
      return notApplicable(
        "The launch template has no `blockDeviceMappings` with `ebs`, so its volumes follow the image (aws-ec2-launchtemplate-require-encrypted-volumes reports it)",
      );
    }
    const violations: Violation[] = [];
    for (const [mapping, position] of ebsMappings) {
      const property = `blockDeviceMappings[${position}].ebs.kmsKeyId`;
      const kmsKeyId = (mapping["ebs"] as Record<string, unknown>)["kmsKeyId"];
      const volume = `The launch template's volume ${position}`;
      let found: { readonly code: string; readonly actual: string } | undefined;
      // The message has named the AWS-managed key already; the reason need not name it again.
      let why: string | undefined;
      if (typeof kmsKeyId === "string" && kmsKeyId !== "") {
        found = keyViolation(kmsKeyId, property, ctx.config, volume, required);
      } else if (required.value) {
        found = {
          code: "key-not-set",
          actual: `${volume} is not encrypted with a customer-managed key: \`${property}\` is not set, so it uses the AWS-managed \`aws/ebs\` key or the account's default EBS key${cmkReason(required)}`,
        };
        why = "neither of those keys can be restricted by a key policy, shared for snapshot copies or withdrawn to cut off access";
      }
      if (found === undefined) continue;
      const deviceName = mapping["deviceName"];
      violations.push({
        code: found.code,
        actual: found.actual,
        ...(why === undefined ? {} : { why }),
        subject: typeof deviceName === "string" && deviceName !== "" ? marked(deviceName) : `blockDeviceMappings[${position}]`,
        fix: `Set \`${property}\` to the ARN of a customer-managed KMS key${ctx.config.allowedKeys.length > 0 ? " from `allowedKeys`" : ""}.`,
      });
    }
    return violations;
  },
});
