import rule from "../../../../policies/azure/app/azure-app-containerapp-disallow-external-ingress";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, OWNER, resource, UNKNOWN } from "../../../support/rules";

const app = (ingress: unknown, props: Record<string, unknown> = {}) =>
  resource(AZURE.containerApp, "orders", {
    resourceGroupName: "rg-app",
    environmentId: "/subscriptions/0/resourceGroups/rg-app/providers/Microsoft.App/managedEnvironments/env",
    configuration: { ingress },
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "app with internal ingress", resources: [app({ external: false, targetPort: 8080 })] },
    { title: "app with ingress external unset", resources: [app({ targetPort: 8080 })] },
    { title: "app without ingress", resources: [app(undefined)] },
  ],
  violating: [{ title: "app with external ingress", resources: [app({ external: true, targetPort: 8080 })], codes: ["external-ingress"] }],
  notApplicable: [
    {
      title: "public front end tagged tier=public",
      resources: [app({ external: true, targetPort: 8080 }, { tags: { owner: OWNER, tier: "public" } })],
      reason: "The container app is tagged as a deliberately public tier",
    },
  ],
  unknown: [{ title: "app whose ingress external flag is computed", resources: [app({ external: UNKNOWN.boolean, targetPort: 8080 })] }],
});
