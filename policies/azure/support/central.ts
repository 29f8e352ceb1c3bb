/**
 * Subscription-level Azure controls (Defender for Cloud plans and security contact, activity-log
 * alerts, the subscription's diagnostic setting): which subscription a resource lands in, whether
 * the responsibility map says a central stack keeps a control for it (`settings.centrallyManaged`
 * entries with `subscriptions`), and the per-subscription check the stack rules share.
 */
import type { AzureCentralControlId, CentrallyManaged, ResponsibilityMap } from "../../../responsibility-map/model";
import { appendAll } from "../../core/arrays";
import { cloudOf, type ResourceView } from "../../core/resource";
import { notApplicable, type RuleContext, type StackCheckResult, type StackViolation } from "../../core/rule";
import { judgeEach, undecidedWith } from "../../core/unknown";

/** The control names as messages say them, and whether they take "are". */
const TITLES: Record<AzureCentralControlId, string> = {
  "defender-plans": "the subscription's Microsoft Defender for Cloud plans",
  "defender-contact": "the subscription's Defender for Cloud security contact",
  "activity-log-alerts": "the subscription's activity-log alerts",
  "subscription-diagnostics": "the subscription's activity-log diagnostic setting",
};
const PLURAL: ReadonlySet<AzureCentralControlId> = new Set(["defender-plans", "activity-log-alerts"]);
const verb = (control: AzureCentralControlId) => (PLURAL.has(control) ? "are" : "is");

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * Which subscription a resource lands in, as a grouping key: its provider's `subscriptionId`
 * (provider.d.ts of azure-native: "The Subscription ID which should be used"), or "" for the
 * default provider, whose subscription is chosen outside the program. Never printed.
 */
export function azureSubscriptionOf(resource: ResourceView): string {
  return JSON.stringify(resource.provider?.props["subscriptionId"] ?? null);
}

/** The subscription id (a GUID) a resource lands in, where its provider names one. */
export function azureSubscriptionIdOf(resource: ResourceView): string | undefined {
  const id = resource.provider?.props["subscriptionId"];
  return typeof id === "string" && GUID.test(id) ? id.toLowerCase() : undefined;
}

/**
 * The map entry that manages `control` for the subscription `resource` lands in, or undefined. An
 * entry for listed subscriptions covers a resource only when its provider names one of them; with
 * the default provider only a `subscriptions: all` entry does. Entries naming only AWS accounts
 * cover no subscription.
 */
export function azureCentralEntry(
  map: ResponsibilityMap,
  control: AzureCentralControlId,
  resource: ResourceView,
): CentrallyManaged | undefined {
  let subscription: string | undefined | null = null;
  for (const entry of map.settings.centrallyManaged) {
    if (entry.controls !== "all" && !entry.controls.includes(control)) continue;
    if (entry.subscriptions === undefined) continue;
    if (entry.subscriptions === "all") return entry;
    // Read the provider only when an entry needs it.
    if (subscription === null) subscription = azureSubscriptionIdOf(resource);
    if (subscription !== undefined && entry.subscriptions.some((id) => id.toLowerCase() === subscription)) return entry;
  }
  return undefined;
}

/** Why a rule does not apply: names where the control is managed and who answers for it. */
export function azureCentralReason(map: ResponsibilityMap, control: AzureCentralControlId, entry: CentrallyManaged): string {
  const manager = map.personById.get(entry.managedBy);
  const where = entry.stack === undefined ? "centrally" : `centrally in ${entry.stack}`;
  const who = manager === undefined ? "" : ` by ${manager.name}`;
  const subscriptions = entry.subscriptions === "all" ? "every subscription" : "this subscription";
  return `The responsibility map says ${TITLES[control]} ${verb(control)} managed ${where}${who} for ${subscriptions}: ${entry.note}`;
}

/** The Azure resources of one subscription, and those among them that provide the control. */
export interface SubscriptionGroup {
  /** The first Azure resource of the subscription, to name it in messages and find its map entry. */
  readonly first: ResourceView;
  readonly declared: ResourceView[];
}

export interface SubscriptionControl {
  readonly control: AzureCentralControlId;
  /** The resource types that provide the control. */
  readonly types: readonly string[];
  /** What the stack is missing, as a noun phrase ("a security contact"). */
  readonly missing: string;
  readonly missingCode: string;
  /**
   * Judges the declared resources of one subscription (judgeEach turns unknown reads into
   * undecided findings); none when the subscription has the control.
   */
  readonly judge: (group: SubscriptionGroup) => StackViolation[];
}

/**
 * The shared shape of a subscription-level stack rule: not applicable when the map puts the type on
 * the provider's side or the stack has no Azure resources; each subscription the stack deploys into
 * either declares the control (judged by `spec.judge`), or has a map entry managing it centrally, or
 * gets one `missingCode` finding.
 */
export function checkSubscriptionControl(
  resources: readonly ResourceView[],
  ctx: RuleContext<unknown>,
  spec: SubscriptionControl,
): StackCheckResult {
  const [firstType] = spec.types;
  if (firstType === undefined) throw new Error("a subscription control names at least one type");
  const side = ctx.sideOf(firstType);
  if (side.side === "provider") {
    return notApplicable(
      `The responsibility map puts ${TITLES[spec.control]} (${firstType}) outside this stack${side.note ? `: ${side.note}` : "."}`,
    );
  }
  const groups = new Map<string, SubscriptionGroup>();
  for (const resource of resources) {
    if (cloudOf(resource.type) !== "azure") continue;
    const key = azureSubscriptionOf(resource);
    let group = groups.get(key);
    if (group === undefined) {
      group = { first: resource, declared: [] };
      groups.set(key, group);
    }
    if (spec.types.includes(resource.type)) group.declared.push(resource);
  }
  if (groups.size === 0)
    return notApplicable(`The stack has no Azure resources, so ${TITLES[spec.control]} ${verb(spec.control)} not expected of it.`);
  const several = groups.size > 1;
  const violations: StackViolation[] = [];
  let central: string | undefined;
  let declared = false;
  for (const group of groups.values()) {
    declared ||= group.declared.length > 0;
    if (group.declared.length > 0) {
      appendAll(violations, spec.judge(group));
      continue;
    }
    const entry = azureCentralEntry(ctx.map, spec.control, group.first);
    if (entry !== undefined) {
      central ??= azureCentralReason(ctx.map, spec.control, entry);
      continue;
    }
    const where = several ? ` in the subscription that ${group.first.name} (${group.first.type}) is deployed to` : "";
    violations.push({
      code: spec.missingCode,
      actual: `The stack declares no ${spec.missing}${where}, and the responsibility map does not say another stack or the organisation provides one`,
    });
  }
  if (violations.length === 0 && !declared && central !== undefined) return notApplicable(central);
  return violations;
}

/**
 * One declared resource that provides the control is enough: `gaps` lists why a resource does not
 * (empty when it does). When none does, each gets a `code` finding; when one is unknown at preview
 * it may be the one that does, so then every resource of the group is undecided.
 */
export function anyProvides(declared: readonly ResourceView[], code: string, gaps: (resource: ResourceView) => string[]): StackViolation[] {
  // Keyed by the view, not its URN: one URN can reach a rule twice in hostile input.
  const found = new Map<ResourceView, string[]>();
  const unknown = judgeEach(declared, (resource) => {
    found.set(resource, gaps(resource));
    return undefined;
  });
  if ([...found.values()].some((problems) => problems.length === 0)) return [];
  const cause = unknown[0];
  return declared.map((resource) => {
    const problems = found.get(resource);
    if (problems === undefined || cause !== undefined) {
      return unknown.find((u) => u.resource === resource) ?? undecidedWith(resource, cause as StackViolation);
    }
    return { code, resource, actual: problems.join("; ") };
  });
}
