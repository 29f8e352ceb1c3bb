import type { PricingArgs } from "@pulumi/azure-native/security";
import { appendAll } from "../../core/arrays";
import { cloudOf, type ResourceView } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { extensionScopeOf } from "../support/arm-ids";
import { azureCentralEntry, azureCentralReason, azureSubscriptionOf } from "../support/central";

/**
 * The Defender for Cloud plans (`pricingName`) that cover the resource types the pack knows. The
 * SDK types `pricingName` as a free string and names only VirtualMachines (PricingArgs.subPlan);
 * the other names are those of the Defender for Cloud pricings API (`az security pricing create -n`,
 * CIS Azure 3.1.x), compared case-insensitively. Plans with no resource here (Arm, Dns, Api) are
 * left to the map.
 */
export const DEFENDER_PLANS: Readonly<Record<string, readonly string[]>> = {
  VirtualMachines: [AZURE.computeVirtualMachine, AZURE.computeVirtualMachineScaleSet],
  SqlServers: [AZURE.sqlServer, AZURE.sqlManagedInstance],
  StorageAccounts: [AZURE.storageAccount],
  KeyVaults: [AZURE.keyVault],
  Containers: [AZURE.aksManagedCluster],
  AppServices: [AZURE.webApp],
  CosmosDbs: [AZURE.cosmosDbAccount],
  OpenSourceRelationalDatabases: [AZURE.postgresServer, AZURE.mysqlServer],
};

type Pricing = Pick<PricingArgs, "pricingName" | "pricingTier" | "scopeId">;

/** A subscription scope, `/subscriptions/<id>`; a resource-level pricing (one VM) does not cover the rest. */
const SUBSCRIPTION_SCOPE = /^\/subscriptions\/[^/]+\/?$/i;

interface Plan {
  /** The plan name in lower case, or undefined when the pricing is not subscription-wide. */
  readonly name: string | undefined;
  readonly standard: boolean;
}

/**
 * What a pricing says, in both shapes: preview inputs carry `pricingName` and `scopeId`; deployed
 * outputs carry neither (path parameters) but the `name` and the id `<scopeId>/providers/
 * Microsoft.Security/pricings/<name>`.
 */
function planOf(resource: ResourceView): Plan {
  const props = resource.props as Pricing & { name?: string };
  const deployed = resource.id !== undefined;
  const name = deployed ? props.name : props.pricingName;
  const scope = deployed ? extensionScopeOf(resource.id, "Microsoft.Security", "pricings") : props.scopeId;
  // enums.security.PricingTier: "Free" (basic features) or "Standard" (the Defender plan on).
  const tier = props.pricingTier;
  const wide = typeof scope === "string" && SUBSCRIPTION_SCOPE.test(scope);
  return {
    name: wide && typeof name === "string" ? name.toLowerCase() : undefined,
    standard: typeof tier === "string" && tier.toLowerCase() === "standard",
  };
}

interface Subscription {
  readonly first: ResourceView;
  readonly pricings: ResourceView[];
  /** The plans its resources need, each with the first resource needing it. */
  readonly needed: Map<string, ResourceView>;
}

export default defineStackRule({
  name: "azure-security-pricing-require-defender-plans",
  displayName: "Defender for Cloud plans are on for the resource types the stack deploys",
  description: `For each Azure subscription the stack deploys into and each Microsoft Defender for Cloud plan covering a resource type it deploys (${Object.keys(DEFENDER_PLANS).join(", ")}), the stack declares a subscription-wide \`security.Pricing\` with that \`pricingName\` on \`pricingTier\` Standard, unless the responsibility map says the subscription's plans are managed centrally (\`settings.centrallyManaged\`, control \`defender-plans\`); a plan the stack declares on Free is reported either way.`,
  duty: "threat-detection",
  severity: "medium",
  resourceTypes: [AZURE.securityPricing],
  remediation:
    'Declare an `azure-native.security.Pricing` per plan with `scopeId: "/subscriptions/<id>"`, `pricingName` (e.g. "VirtualMachines") and `pricingTier: "Standard"`, or list the subscription under `settings.centrallyManaged` (control `defender-plans`, `subscriptions`) when a landing-zone stack enables them.',
  why: "without the plan Defender for Cloud raises no threat alerts for those resources (malware, brute force, anomalous access)",
  controls: {
    nist: ["SI-4", "RA-5"],
    mcsb: ["LT-1"],
    cis: ["Azure 3.1.3.1"],
  },
  problems: {
    "plan-free": "the stack declares the Defender plan on the Free tier for a resource type it deploys",
    "plan-missing":
      "the stack declares no Standard pricing for the Defender plan of a resource type it deploys, and the map does not say another stack provides it",
  },
  checkStack(resources, ctx) {
    const side = ctx.sideOf(AZURE.securityPricing);
    if (side.side === "provider") {
      return notApplicable(
        `The responsibility map puts the Defender plans (${AZURE.securityPricing}) outside this stack${side.note ? `: ${side.note}` : "."}`,
      );
    }
    const planByType = new Map<string, string>();
    for (const [plan, types] of Object.entries(DEFENDER_PLANS)) for (const type of types) planByType.set(type, plan);
    const subscriptions = new Map<string, Subscription>();
    for (const resource of resources) {
      if (cloudOf(resource.type) !== "azure") continue;
      const key = azureSubscriptionOf(resource);
      let subscription = subscriptions.get(key);
      if (subscription === undefined) {
        subscription = { first: resource, pricings: [], needed: new Map() };
        subscriptions.set(key, subscription);
      }
      if (resource.type === AZURE.securityPricing) subscription.pricings.push(resource);
      const plan = planByType.get(resource.type);
      if (plan !== undefined && !subscription.needed.has(plan)) subscription.needed.set(plan, resource);
    }
    if (![...subscriptions.values()].some((subscription) => subscription.needed.size > 0)) {
      return notApplicable("The stack deploys no resource type a Defender for Cloud plan covers.");
    }
    const violations: StackViolation[] = [];
    let central: string | undefined;
    let declared = false;
    for (const { first, pricings, needed } of subscriptions.values()) {
      if (needed.size === 0) continue;
      declared ||= pricings.length > 0;
      const plans = new Map<ResourceView, Plan>();
      const unknown = judgeEach(pricings, (pricing) => {
        plans.set(pricing, planOf(pricing));
        return undefined;
      });
      const entry = azureCentralEntry(ctx.map, "defender-plans", first);
      if (entry !== undefined) central ??= azureCentralReason(ctx.map, "defender-plans", entry);
      const undecided: StackViolation[] = [];
      for (const [plan, user] of needed) {
        const lower = plan.toLowerCase();
        const mine = pricings.filter((pricing) => plans.get(pricing)?.name === lower);
        if (mine.some((pricing) => plans.get(pricing)?.standard === true)) continue;
        const onFree = mine.filter((pricing) => plans.get(pricing)?.standard === false);
        for (const pricing of onFree) {
          violations.push({
            code: "plan-free",
            resource: pricing,
            subject: plan,
            actual: `The ${plan} plan is on the Free tier, though the stack deploys ${user.name} (${user.type}), which it covers`,
          });
        }
        if (onFree.length > 0 || entry !== undefined) continue;
        // A pricing unknown at preview may be this plan on Standard.
        if (unknown.length > 0) {
          if (undecided.length === 0) appendAll(undecided, unknown);
          continue;
        }
        violations.push({
          code: "plan-missing",
          subject: plan,
          actual: `The stack deploys ${user.name} (${user.type}) but declares no subscription-wide ${plan} pricing on Standard, and the responsibility map does not say another stack or the organisation enables the plan`,
        });
      }
      appendAll(violations, undecided);
    }
    if (violations.length === 0 && !declared && central !== undefined) return notApplicable(central);
    return violations;
  },
});
