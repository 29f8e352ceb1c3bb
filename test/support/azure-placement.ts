/** Where a test Azure resource lands: its provider's subscription, and maps managing subscription controls centrally. */
import type { CentralControlId, ResponsibilityMap } from "../../responsibility-map/model";
import { MAP } from "./rules";

/** A provider that names `subscriptionId`. */
export const inSubscription = (subscriptionId: string) => ({
  provider: { type: "pulumi:providers:azure-native", name: `sub-${subscriptionId.slice(0, 8)}`, props: { subscriptionId } },
});

export const SUB_A = "11111111-1111-4111-8111-111111111111";
export const SUB_B = "22222222-2222-4222-8222-222222222222";

/** The bundled map with one more central entry, for `controls` and `subscriptions`. */
export function centralSubscriptionMap(controls: CentralControlId[] | "all", subscriptions: string[] | "all"): ResponsibilityMap {
  return {
    ...MAP,
    settings: {
      ...MAP.settings,
      centrallyManaged: [
        ...MAP.settings.centrallyManaged,
        { controls, subscriptions, managedBy: "tomas.novak", stack: "northwind/platform/prod", note: "Set by the platform team." },
      ],
    },
  };
}
