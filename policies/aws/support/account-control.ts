import { appendAll } from "../../core/arrays";
/**
 * Presence checks of account-level controls (GuardDuty, Security Hub, AWS Config, IAM Access
 * Analyzer...): each AWS account (and, for a regional control, each region) a stack deploys into
 * needs a declaration of the control, unless the responsibility map says a landing-zone stack or
 * the organisation manages it there (`settings.centrallyManaged`). Declarations a stack does make are
 * still judged, central or not: turning a control off in one stack turns it off for every stack.
 */

import { cloudOf, type ResourceView } from "../../core/resource";
import { notApplicable, type RuleContext, type StackCheckResult, type StackViolation } from "../../core/rule";
import { judgeEach, undecidedWith } from "../../core/unknown";
import type { AwsCentralControlId } from "./central";
import { centralEntry, centralReason } from "./central";
import { AWS_REGION, awsAccountOf, awsRegionOf } from "./placement";

/** One account (or account and region) of the stack: its first AWS resource and its resources by type. */
interface Place {
  readonly first: ResourceView;
  readonly region: string | undefined;
  readonly byType: Map<string, ResourceView[]>;
}

const caches = {
  account: new WeakMap<readonly ResourceView[], readonly Place[]>(),
  region: new WeakMap<readonly ResourceView[], readonly Place[]>(),
};

/**
 * The stack's AWS resources grouped by account, or by account and region, built once per stack
 * and grouping (an account-wide control reads no region: global resources such as contacts have none).
 */
function placesOf(resources: readonly ResourceView[], regional: boolean): readonly Place[] {
  const cache = regional ? caches.region : caches.account;
  const cached = cache.get(resources);
  if (cached !== undefined) return cached;
  const places = new Map<string, Place>();
  for (const resource of resources) {
    if (cloudOf(resource.type) !== "aws") continue;
    const region = regional ? awsRegionOf(resource) : undefined;
    const key = regional ? JSON.stringify([awsAccountOf(resource), region ?? ""]) : awsAccountOf(resource);
    let place = places.get(key);
    if (place === undefined) {
      place = { first: resource, region, byType: new Map() };
      places.set(key, place);
    }
    const list = place.byType.get(resource.type);
    if (list === undefined) place.byType.set(resource.type, [resource]);
    else list.push(resource);
  }
  const out = [...places.values()];
  cache.set(resources, out);
  return out;
}

export interface AccountControl {
  readonly control: AwsCentralControlId;
  /** The resource types that declare the control (a GuardDuty detector). */
  readonly types: readonly string[];
  /** A regional control is needed in every region the stack deploys to; otherwise once per account. */
  readonly regional: boolean;
  /** What the stack lacks, as a noun phrase: "a GuardDuty detector (`aws.guardduty.Detector`)". */
  readonly missing: string;
  /** Why the map's provider side applies, as a noun phrase: "GuardDuty". */
  readonly title: string;
  /**
   * The problems of one declaration; empty when it provides the control, undefined when it is not a
   * declaration of the control after all (a billing contact). Reads its props and its place's other
   * resources (`here`, by type); an unknown value leaves the place undecided.
   */
  readonly judge: (
    declaration: ResourceView,
    here: (types: readonly string[]) => readonly ResourceView[],
  ) => readonly StackViolation[] | undefined;
}

/** Runs the presence check of `spec` over the stack: see the module comment. */
export function checkAccountControl<C>(resources: readonly ResourceView[], ctx: RuleContext<C>, spec: AccountControl): StackCheckResult {
  const [type = ""] = spec.types;
  const side = ctx.sideOf(type);
  if (side.side === "provider") {
    return notApplicable(`The responsibility map puts ${spec.title} outside this stack${side.note ? `: ${side.note}` : "."}`);
  }
  const places = placesOf(resources, spec.regional);
  if (places.length === 0) return notApplicable(`The stack has no AWS resources, so ${spec.title} is not expected of it.`);
  const several = places.length > 1;
  const violations: StackViolation[] = [];
  let central: string | undefined;
  let declared = false;
  for (const place of places) {
    const here = (types: readonly string[]) => types.flatMap((t) => place.byType.get(t) ?? []);
    // One good declaration is enough; one whose settings are unknown at preview may be it, so then
    // the place's declarations are undecided, and the other places are still judged.
    const found = new Map<ResourceView, readonly StackViolation[]>();
    const candidates = here(spec.types);
    const unknown = judgeEach(candidates, (candidate) => {
      const problems = spec.judge(candidate, here);
      if (problems !== undefined) found.set(candidate, problems);
      return undefined;
    });
    if ([...found.values()].some((problems) => problems.length === 0)) continue;
    const cause = unknown[0];
    if (cause !== undefined) {
      for (const candidate of candidates) {
        violations.push(unknown.find((u) => u.resource === candidate) ?? undecidedWith(candidate, cause));
      }
      continue;
    }
    declared ||= found.size > 0;
    if (found.size === 0) {
      const entry = centralEntry(ctx.map, spec.control, place.first);
      if (entry !== undefined) {
        central ??= centralReason(ctx.map, spec.control, entry);
        continue;
      }
      const region = place.region !== undefined && AWS_REGION.test(place.region) ? ` (${place.region})` : "";
      const where = spec.regional ? `the account and region${region}` : "the account";
      violations.push({
        code: "not-declared",
        actual: several
          ? `The stack declares no ${spec.missing} for ${where} that ${place.first.name} (${place.first.type}) is deployed to, and the responsibility map does not say another stack or the organisation provides one`
          : `The stack declares no ${spec.missing}, and the responsibility map does not say another stack or the organisation provides one`,
      });
      continue;
    }
    for (const problems of found.values()) appendAll(violations, problems);
  }
  if (violations.length === 0 && !declared && central !== undefined) return notApplicable(central);
  return violations;
}
