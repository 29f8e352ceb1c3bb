import type { PlanArgs } from "@pulumi/aws/backup";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { AWS_REGION, awsRegionOf } from "../support/placement";

type Plan = Pick<PlanArgs, "rules">;

/** The region field of an ARN (`arn:partition:service:region:account:...`), or undefined. */
function arnRegion(arn: string): string | undefined {
  const parts = arn.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return undefined;
  return parts[3] === "" ? undefined : parts[3];
}

export default defineRule({
  name: "aws-backup-plan-require-cross-region-copy",
  displayName: "Backup plans copy recovery points to another region",
  description:
    "Every AWS Backup plan has at least one rule with a `copyActions` entry whose `destinationVaultArn` is a vault in another region than the plan's.",
  duty: "backup",
  severity: "medium",
  resourceTypes: [AWS.backupPlan],
  remediation:
    "Add `copyActions: [{ destinationVaultArn: secondRegionVault.arn }]` to a rule of the plan, with a backup vault created through a provider for another region.",
  why: "a regional outage or a compromise of the region's vaults destroys the only recovery points",
  controls: { nist: ["CP-9", "CP-6"], iso27001: ["A.8.13"] },
  problems: {
    "no-copy": "no rule of the plan copies recovery points to another vault",
    "copy-same-region": "every copy of the plan goes to a vault in the plan's own region",
  },
  check(plan) {
    const { rules } = plan.props as Plan;
    const planRules: readonly unknown[] = Array.isArray(rules) ? rules : [];
    let region: string | undefined;
    let regionRead = false;
    let copies = 0;
    for (const rule of planRules) {
      if (!isRecord(rule)) continue;
      const copyActions = rule["copyActions"];
      if (!Array.isArray(copyActions)) continue;
      for (const action of copyActions as readonly unknown[]) {
        if (!isRecord(action)) continue;
        const destination = action["destinationVaultArn"];
        if (destination === undefined || destination === null || destination === "") continue;
        copies += 1;
        // Without a literal ARN the destination's region cannot be known: any destination counts.
        const destinationRegion = typeof destination === "string" ? arnRegion(destination) : undefined;
        if (destinationRegion === undefined) return pass;
        if (!regionRead) {
          region = awsRegionOf(plan);
          regionRead = true;
        }
        if (region === undefined || destinationRegion !== region) return pass;
      }
    }
    if (copies === 0) {
      return fail("The plan keeps recovery points in one region only: no rule of the plan has `copyActions` with a `destinationVaultArn`", {
        code: "no-copy",
        fix: "Add `copyActions: [{ destinationVaultArn: secondRegionVault.arn }]` to a rule of the plan, naming a vault in another region.",
      });
    }
    return fail(
      `The plan keeps recovery points in one region only: every \`copyActions[].destinationVaultArn\` names a vault in the plan's own region${region !== undefined && AWS_REGION.test(region) ? ` ${region}` : ""}`,
      { code: "copy-same-region", fix: "Point a rule's `copyActions[].destinationVaultArn` at a backup vault in another region." },
    );
  },
});
