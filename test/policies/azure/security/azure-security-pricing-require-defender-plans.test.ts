import rule from "../../../../policies/azure/security/azure-security-pricing-require-defender-plans";
import { AZURE } from "../../../../policies/core/tokens";
import { centralSubscriptionMap, inSubscription, SUB_A, SUB_B } from "../../../support/azure-placement";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const SCOPE = `/subscriptions/${SUB_A}`;
const pricing = (pricingName: string, pricingTier = "Standard", props: Record<string, unknown> = {}, extra = {}) =>
  resource(AZURE.securityPricing, pricingName.toLowerCase(), { scopeId: SCOPE, pricingName, pricingTier, ...props }, extra);
const vm = (extra = {}) => resource(AZURE.computeVirtualMachine, "app-vm", { resourceGroupName: "rg-app" }, extra);
const vault = (extra = {}) => resource(AZURE.keyVault, "kv", { resourceGroupName: "rg-app" }, extra);
const group = (extra = {}) => resource(AZURE.resourceGroup, "rg-app", {}, extra);
const VM_ID = `${SCOPE}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/app-vm`;

describeRule(rule, {
  compliant: [
    { title: "a VM with the VirtualMachines plan on Standard", resources: [vm(), pricing("VirtualMachines")] },
    {
      title: "a VM and a vault, plan names in other letter case, and a Free plan for a type the stack does not use",
      resources: [vm(), vault(), pricing("virtualmachines", "Standard"), pricing("KeyVaults", "standard"), pricing("Dns", "Free")],
    },
    {
      title: "one subscription managed centrally, the other with its own plan",
      resources: [
        vault(inSubscription(SUB_A)),
        vm(inSubscription(SUB_B)),
        pricing("VirtualMachines", "Standard", {}, inSubscription(SUB_B)),
      ],
      map: centralSubscriptionMap(["defender-plans"], [SUB_A]),
    },
  ],
  violating: [
    { title: "a VM without any pricing", resources: [vm()], codes: ["plan-missing"] },
    { title: "a VM with its plan declared on Free", resources: [vm(), pricing("VirtualMachines", "Free")], codes: ["plan-free"] },
    {
      title: "a Free plan is reported even where the map manages the plans centrally",
      resources: [vault(), pricing("KeyVaults", "Free")],
      map: centralSubscriptionMap(["defender-plans"], "all"),
      codes: ["plan-free"],
    },
    {
      title: "a resource-level pricing (one VM) does not cover the subscription",
      resources: [vm(), vault(), pricing("VirtualMachines", "Standard", { scopeId: VM_ID }), pricing("KeyVaults")],
      codes: ["plan-missing"],
    },
    {
      title: "a second subscription without the plan",
      resources: [vm(inSubscription(SUB_A)), pricing("VirtualMachines", "Standard", {}, inSubscription(SUB_A)), vm(inSubscription(SUB_B))],
      codes: ["plan-missing"],
    },
    {
      title: "two plans missing give two findings",
      resources: [vm(), vault()],
      codes: ["plan-missing", "plan-missing"],
    },
    {
      title: "a deployed Free plan",
      resources: [
        vm(),
        resource(
          AZURE.securityPricing,
          "virtualmachines",
          { name: "VirtualMachines", pricingTier: "Free" },
          { id: `${SCOPE}/providers/Microsoft.Security/pricings/VirtualMachines` },
        ),
      ],
      codes: ["plan-free"],
    },
  ],
  notApplicable: [
    {
      title: "the map manages the plans centrally for every subscription",
      resources: [vm()],
      map: centralSubscriptionMap(["defender-plans"], "all"),
      reason:
        "The responsibility map says the subscription's Microsoft Defender for Cloud plans are managed centrally in northwind/platform/prod by Tomas Novak for every subscription: Set by the platform team.",
    },
    {
      title: "a stack with no resource type a plan covers",
      resources: [group()],
      reason: /no resource type a Defender for Cloud plan covers/,
    },
    {
      title: "the map puts the plans on the provider's side",
      resources: [vm()],
      map: mapWithScope("threat-detection", {
        provider: "azure",
        resourceTypes: [AZURE.securityPricing],
        side: "provider",
        note: "Defender plans are enabled by the management-group policy.",
      }),
      reason: /outside this stack: Defender plans are enabled by the management-group policy\.$/,
    },
  ],
  unknown: [
    {
      title: "a pricing whose scope is computed",
      resources: [vm(), pricing("VirtualMachines", "Standard", { scopeId: UNKNOWN.string })],
      undecided: ["virtualmachines"],
    },
    {
      title: "a pricing whose tier is computed, next to a missing plan",
      resources: [vm(), vault(), pricing("VirtualMachines", UNKNOWN.string)],
      undecided: ["virtualmachines"],
    },
  ],
});
