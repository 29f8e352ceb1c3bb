import type { BlockPublicAccessConfigurationArgs } from "@pulumi/aws/emr";
import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Block = Pick<BlockPublicAccessConfigurationArgs, "blockPublicSecurityGroupRules">;

export default defineRule({
  name: "aws-emr-account-enable-block-public-access",
  displayName: "EMR block public access is on",
  description: "Every EMR BlockPublicAccessConfiguration sets `blockPublicSecurityGroupRules` to true.",
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AWS.emrBlockPublicAccessConfiguration],
  remediation:
    "Set `blockPublicSecurityGroupRules: true`, listing any port that must stay public in `permittedPublicSecurityGroupRuleRanges`.",
  why: "EMR clusters in the account and region may start with security groups open to the internet",
  controls: { nist: ["SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.20"], securityHub: ["EMR.2"] },
  problems: { "block-off": "`blockPublicSecurityGroupRules` is not true" },
  check(block) {
    // SDK (emr.BlockPublicAccessConfiguration `blockPublicSecurityGroupRules`, required): "Enable or disable EMR Block Public Access".
    const { blockPublicSecurityGroupRules } = block.props as Block;
    if (blockPublicSecurityGroupRules === true) return [];
    return [
      {
        code: "block-off",
        actual: "EMR block public access is off: `blockPublicSecurityGroupRules` is not true",
        fix: "Set `blockPublicSecurityGroupRules: true`.",
      },
    ];
  },
});
