import type { TrailArgs } from "@pulumi/aws/cloudtrail";
import { cloudOf, type ResourceView } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach, undecidedWith } from "../../core/unknown";
import { centralEntry, centralReason } from "../support/central";
import { awsAccountOf } from "../support/placement";

type Trail = Pick<TrailArgs, "isMultiRegionTrail" | "enableLogging" | "includeGlobalServiceEvents">;

/** The reasons a trail does not log the whole account, as clauses; empty when it does. */
function gaps(trail: Trail): string[] {
  const out: string[] = [];
  // cloudtrail/trail.d.ts: `isMultiRegionTrail` "Defaults to `false`"; `enableLogging` and
  // `includeGlobalServiceEvents` each "Defaults to `true`", so only an explicit false is a gap.
  if (trail.isMultiRegionTrail !== true) {
    out.push(
      trail.isMultiRegionTrail === false ? "`isMultiRegionTrail` is false" : "`isMultiRegionTrail` is not set (it defaults to false)",
    );
  }
  if (trail.enableLogging === false) out.push("`enableLogging` is false");
  if (trail.includeGlobalServiceEvents === false) out.push("`includeGlobalServiceEvents` is false");
  return out;
}

export default defineStackRule({
  name: "aws-cloudtrail-trail-require-multi-region",
  displayName: "The account has a multi-region CloudTrail trail",
  description:
    "For each AWS account the stack deploys into, the stack declares at least one CloudTrail trail with `isMultiRegionTrail` true that keeps `enableLogging` and `includeGlobalServiceEvents` on, unless the responsibility map says the account's trail is managed centrally (`settings.centrallyManaged`) or puts account trails on the provider's side.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [AWS.cloudtrailTrail],
  remediation:
    "Declare an `aws.cloudtrail.Trail` with `isMultiRegionTrail: true` (leave `enableLogging` and `includeGlobalServiceEvents` unset or true), or list the account under `settings.centrallyManaged` (control `cloudtrail`) in the responsibility map when an organisation trail in another stack logs it.",
  why: "activity in other regions and on global services such as IAM goes unrecorded",
  controls: {
    nist: ["AU-2", "AU-12"],
    pciDss: ["10.2.1"],
    iso27001: ["A.8.15"],
    cis: ["AWS 3.1"],
    securityHub: ["CloudTrail.1", "CloudTrail.3"],
  },
  problems: {
    "no-trail": "the stack declares no trail in an account it deploys to, and the map does not say another stack provides one",
    "not-account-wide": "no trail of the account is multi-region with logging and global service events on",
  },
  checkStack(resources, ctx) {
    const side = ctx.sideOf(AWS.cloudtrailTrail);
    if (side.side === "provider") {
      return notApplicable(
        `The responsibility map puts the account trail for ${AWS.cloudtrailTrail} outside this stack${side.note ? `: ${side.note}` : "."}`,
      );
    }
    if (!resources.some((resource) => cloudOf(resource.type) === "aws")) {
      return notApplicable("The stack has no AWS resources, so no AWS account trail is expected of it.");
    }
    // Each account the stack deploys into (one per distinct provider role or profile) needs its own trail.
    const accounts = new Map<string, { readonly first: ResourceView; readonly trails: ResourceView[] }>();
    for (const resource of resources) {
      if (cloudOf(resource.type) !== "aws") continue;
      const key = awsAccountOf(resource);
      let account = accounts.get(key);
      if (account === undefined) {
        account = { first: resource, trails: [] };
        accounts.set(key, account);
      }
      if (resource.type === AWS.cloudtrailTrail) account.trails.push(resource);
    }
    const several = accounts.size > 1;
    const violations: StackViolation[] = [];
    let central: string | undefined;
    let declared = false;
    for (const { first, trails } of accounts.values()) {
      declared ||= trails.length > 0;
      if (trails.length === 0) {
        // An organisation trail in a landing-zone stack logs this account: the map says so.
        const entry = centralEntry(ctx.map, "cloudtrail", first);
        if (entry !== undefined) {
          central ??= centralReason(ctx.map, "cloudtrail", entry);
          continue;
        }
        violations.push({
          code: "no-trail",
          actual: several
            ? `The stack declares no CloudTrail trail in the account that ${first.name} (${first.type}) is deployed to, and the responsibility map does not say another stack or the organisation provides one`
            : "The stack declares no CloudTrail trail, and the responsibility map does not say another stack or the organisation provides one",
        });
        continue;
      }
      // One account-wide trail is enough; a trail whose settings are unknown at preview may be it,
      // so then the account's trails are undecided, and the other accounts are still judged.
      const found = new Map<string, string[]>();
      const unknown = judgeEach(trails, (trail) => {
        found.set(trail.urn, gaps(trail.props as Trail));
        return undefined;
      });
      if ([...found.values()].some((problems) => problems.length === 0)) continue;
      const cause = unknown[0];
      for (const trail of trails) {
        const problems = found.get(trail.urn);
        if (problems === undefined || cause !== undefined) {
          violations.push(unknown.find((u) => u.resource === trail) ?? undecidedWith(trail, cause as StackViolation));
          continue;
        }
        violations.push({
          code: "not-account-wide",
          resource: trail,
          actual: `The trail does not log the whole account: ${problems.join(", ")}`,
        });
      }
    }
    if (violations.length === 0 && !declared && central !== undefined) return notApplicable(central);
    return violations;
  },
});
