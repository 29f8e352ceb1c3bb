import type { PatchBaselineArgs } from "@pulumi/aws/ssm";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { quoted } from "../../core/shown-values";
import { AWS } from "../../core/tokens";

type Baseline = Pick<PatchBaselineArgs, "approvalRules" | "approvedPatches" | "approvedPatchesComplianceLevel">;

interface Config {
  readonly maxApproveAfterDays: number;
}

/** SDK: both compliance levels list `UNSPECIFIED` among their values and say "The default value is `UNSPECIFIED`." */
const unspecified = (level: unknown): boolean => level === undefined || level === null || level === "" || level === "UNSPECIFIED";

export default defineRule<Config>({
  name: "aws-ssm-patchbaseline-limit-approval-delay",
  displayName: "SSM patch baselines approve patches promptly and rate missing ones",
  description:
    "Every SSM patch baseline's approval rules approve patches within `maxApproveAfterDays` days of release (default 7), and its approved patches carry a compliance level other than UNSPECIFIED.",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.ssmPatchBaseline],
  remediation:
    'Set each `approvalRules[].approveAfterDays` to 7 or fewer, and `complianceLevel` / `approvedPatchesComplianceLevel` to e.g. "CRITICAL" or "HIGH".',
  why: "patches approved weeks after release leave known vulnerabilities open, and a missing patch rated UNSPECIFIED does not stand out in compliance reports",
  controls: { nist: ["SI-2"], iso27001: ["A.8.8"], securityHub: ["SSM.2"] },
  options: {
    maxApproveAfterDays: {
      type: "integer",
      description: "The most days after a patch's release an approval rule may wait before approving it.",
      default: 7,
      minimum: 0,
    },
  },
  problems: {
    "approval-delay-over-limit": "an approval rule's `approveAfterDays` exceeds `maxApproveAfterDays`",
    "compliance-level-unspecified": "approved patches are rated UNSPECIFIED (the default) when missing",
  },
  check(baseline, ctx) {
    const { approvalRules, approvedPatches, approvedPatchesComplianceLevel } = baseline.props as Baseline;
    const violations: Violation[] = [];
    const rules = Array.isArray(approvalRules) ? approvalRules : [];
    rules.forEach((rule, i) => {
      if (!isRecord(rule)) return;
      const subject = `approvalRules[${i}]`;
      // SDK `approveAfterDays`: "Valid Range: 0 to 360. Conflicts with `approveUntilDate`."
      const days = rule["approveAfterDays"];
      if (typeof days === "number" && days > ctx.config.maxApproveAfterDays) {
        violations.push({
          code: "approval-delay-over-limit",
          subject,
          actual: `Approval rule ${i} approves patches ${quoted(days as number)} days after release, more than the ${ctx.config.maxApproveAfterDays} allowed`,
          fix: `Set \`${subject}.approveAfterDays\` to ${ctx.config.maxApproveAfterDays} or fewer.`,
        });
      }
      if (unspecified(rule["complianceLevel"])) {
        violations.push({
          code: "compliance-level-unspecified",
          subject,
          actual: `Approval rule ${i} rates its missing patches UNSPECIFIED (\`complianceLevel\` unset or UNSPECIFIED)`,
          fix: `Set \`${subject}.complianceLevel\` to "CRITICAL", "HIGH", "MEDIUM" or "LOW".`,
        });
      }
    });
    if (Array.isArray(approvedPatches) && approvedPatches.length > 0 && unspecified(approvedPatchesComplianceLevel)) {
      violations.push({
        code: "compliance-level-unspecified",
        subject: "approvedPatches",
        actual:
          "The explicitly approved patches are rated UNSPECIFIED when missing (`approvedPatchesComplianceLevel` unset or UNSPECIFIED)",
        fix: 'Set `approvedPatchesComplianceLevel` to "CRITICAL", "HIGH", "MEDIUM" or "LOW".',
      });
    }
    return violations;
  },
});
