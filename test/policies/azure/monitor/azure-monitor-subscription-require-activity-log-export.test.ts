import rule from "../../../../policies/azure/monitor/azure-monitor-subscription-require-activity-log-export";
import { AZURE } from "../../../../policies/core/tokens";
import { centralSubscriptionMap, inSubscription, SUB_A, SUB_B } from "../../../support/azure-placement";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const WORKSPACE = "/subscriptions/0000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/law";
const CIS_LOGS = ["Administrative", "Security", "Alert", "Policy"].map((category) => ({ category, enabled: true }));
const setting = (props: Record<string, unknown> = {}, name = "activity-log", extra = {}) =>
  resource(AZURE.monitorSubscriptionDiagnosticSetting, name, { logs: CIS_LOGS, workspaceId: WORKSPACE, ...props }, extra);
const group = (extra = {}) => resource(AZURE.resourceGroup, "rg-app", {}, extra);
const account = (extra = {}) => resource(AZURE.storageAccount, "data", { resourceGroupName: "rg-app" }, extra);

describeRule(rule, {
  compliant: [
    { title: "the four CIS categories sent to a workspace", resources: [group(), setting()] },
    {
      title: "the allLogs category group sent to a workspace",
      resources: [group(), setting({ logs: [{ categoryGroup: "allLogs", enabled: true }] })],
    },
    {
      title: "an incomplete setting next to a complete one",
      resources: [group(), setting({ workspaceId: undefined }, "to-storage"), setting()],
    },
    {
      title: "two subscriptions, each with its own setting",
      resources: [
        group(inSubscription(SUB_A)),
        setting({}, "a", inSubscription(SUB_A)),
        account(inSubscription(SUB_B)),
        setting({}, "b", inSubscription(SUB_B)),
      ],
    },
    {
      title: "one subscription managed centrally, the other with its own setting",
      resources: [group(inSubscription(SUB_A)), account(inSubscription(SUB_B)), setting({}, "b", inSubscription(SUB_B))],
      map: centralSubscriptionMap(["subscription-diagnostics"], [SUB_A]),
    },
  ],
  violating: [
    { title: "an Azure stack without a subscription diagnostic setting", resources: [group()], codes: ["no-activity-log-export"] },
    {
      title: "a setting without Security and Policy",
      resources: [group(), setting({ logs: CIS_LOGS.slice(0, 2).concat([{ category: "Alert", enabled: true }]) })],
      codes: ["incomplete-activity-log-export"],
    },
    {
      title: "a category listed but disabled, and no workspace",
      resources: [setting({ logs: CIS_LOGS.map((log) => ({ ...log, enabled: log.category !== "Security" })), workspaceId: undefined })],
      codes: ["incomplete-activity-log-export"],
    },
    {
      title: "a second subscription without a setting of its own",
      resources: [group(inSubscription(SUB_A)), setting({}, "a", inSubscription(SUB_A)), account(inSubscription(SUB_B))],
      codes: ["no-activity-log-export"],
    },
    {
      title: "a central entry for another subscription does not cover this one",
      resources: [group(inSubscription(SUB_B))],
      map: centralSubscriptionMap(["subscription-diagnostics"], [SUB_A]),
      codes: ["no-activity-log-export"],
    },
    {
      title: "a central entry listing subscriptions does not cover the default provider's",
      resources: [group()],
      map: centralSubscriptionMap(["subscription-diagnostics"], [SUB_A]),
      codes: ["no-activity-log-export"],
    },
    {
      title: "a setting declared in a centrally managed subscription is still checked",
      resources: [setting({ workspaceId: undefined })],
      map: centralSubscriptionMap(["subscription-diagnostics"], "all"),
      codes: ["incomplete-activity-log-export"],
    },
    {
      title: "a deployed setting without a workspace",
      resources: [
        setting({ workspaceId: undefined }, "activity-log", {
          id: `/subscriptions/${SUB_A}/providers/Microsoft.Insights/diagnosticSettings/activity-log`,
        }),
      ],
      codes: ["incomplete-activity-log-export"],
    },
  ],
  notApplicable: [
    {
      title: "the map manages the subscription's diagnostic setting centrally for every subscription",
      resources: [group()],
      map: centralSubscriptionMap(["subscription-diagnostics"], "all"),
      reason:
        "The responsibility map says the subscription's activity-log diagnostic setting is managed centrally in northwind/platform/prod by Tomas Novak for every subscription: Set by the platform team.",
    },
    {
      title: "the map manages every control centrally for the listed subscription",
      resources: [group(inSubscription(SUB_A.toUpperCase()))],
      map: centralSubscriptionMap("all", [SUB_A]),
      reason: /for this subscription: Set by the platform team\.$/,
    },
    { title: "a stack without Azure resources", resources: [resource("aws:s3/bucket:Bucket", "assets", {})], reason: /no Azure resources/ },
    {
      title: "the map puts subscription diagnostics on the provider's side",
      resources: [group()],
      map: mapWithScope("threat-detection", {
        provider: "azure",
        resourceTypes: [AZURE.monitorSubscriptionDiagnosticSetting],
        side: "provider",
        note: "The platform subscription exports every activity log.",
      }),
      reason: /outside this stack: The platform subscription exports every activity log\.$/,
    },
  ],
  unknown: [
    { title: "a setting whose workspace is computed", resources: [setting({ workspaceId: UNKNOWN.string })], undecided: ["activity-log"] },
    {
      title: "an incomplete setting next to one whose logs are computed",
      resources: [setting({ workspaceId: undefined }, "partial"), setting({ logs: UNKNOWN.array })],
      undecided: ["partial", "activity-log"],
    },
  ],
});
