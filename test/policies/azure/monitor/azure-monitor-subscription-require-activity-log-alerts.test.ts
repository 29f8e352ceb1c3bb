import rule, { ALERTED_OPERATIONS } from "../../../../policies/azure/monitor/azure-monitor-subscription-require-activity-log-alerts";
import { AZURE } from "../../../../policies/core/tokens";
import { centralSubscriptionMap, inSubscription, SUB_A, SUB_B } from "../../../support/azure-placement";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const SCOPE = `/subscriptions/${SUB_A}`;
const ACTIONS = { actionGroups: [{ actionGroupId: `${SCOPE}/resourceGroups/rg-ops/providers/Microsoft.Insights/actionGroups/soc` }] };
const administrative = { field: "category", equals: "Administrative" };
/** One alert per operation, as the CIS recommendations write them. */
const alertFor = (operation: string, props: Record<string, unknown> = {}, extra = {}) =>
  resource(
    AZURE.monitorActivityLogAlert,
    operation.split("/").slice(-2).join("-").toLowerCase(),
    {
      resourceGroupName: "rg-ops",
      scopes: [SCOPE],
      actions: ACTIONS,
      condition: { allOf: [administrative, { field: "operationName", equals: operation }] },
      ...props,
    },
    extra,
  );
const allAlerts = (extra = {}) => ALERTED_OPERATIONS.map((operation) => alertFor(operation, {}, extra));
/** One alert naming every operation with `containsAny`. */
const combined = (props: Record<string, unknown> = {}) =>
  resource(AZURE.monitorActivityLogAlert, "cis", {
    resourceGroupName: "rg-ops",
    scopes: [SCOPE],
    actions: ACTIONS,
    condition: { allOf: [administrative, { field: "operationName", containsAny: ALERTED_OPERATIONS }] },
    ...props,
  });
const group = (extra = {}) => resource(AZURE.resourceGroup, "rg-app", {}, extra);
const ALL_BUT_LAST = ALERTED_OPERATIONS.slice(0, -1);

describeRule(rule, {
  compliant: [
    { title: "one alert per CIS operation", resources: [group(), ...allAlerts()] },
    { title: "one alert naming every operation in containsAny", resources: [group(), combined()] },
    {
      title: "an anyOf of operationName leaves, in other letter case",
      resources: [
        combined({
          enabled: true,
          condition: {
            allOf: [{ anyOf: ALERTED_OPERATIONS.map((operation) => ({ field: "OperationName", equals: operation.toLowerCase() })) }],
          },
        }),
      ],
    },
    {
      title: "one subscription managed centrally, the other with its own alerts",
      resources: [group(inSubscription(SUB_A)), ...allAlerts(inSubscription(SUB_B))],
      map: centralSubscriptionMap(["activity-log-alerts"], [SUB_A]),
    },
  ],
  violating: [
    { title: "an Azure stack without activity-log alerts", resources: [group()], codes: ["no-activity-log-alerts"] },
    {
      title: "every operation but the public IP deletion",
      resources: [combined({ condition: { allOf: [{ field: "operationName", containsAny: ALL_BUT_LAST }] } })],
      codes: ["operation-not-alerted"],
    },
    {
      title: "the combined alert disabled",
      resources: [combined({ enabled: false })],
      codes: Array(ALERTED_OPERATIONS.length).fill("operation-not-alerted"),
    },
    {
      title: "the combined alert without an action group, or scoped to a resource group only",
      resources: [
        combined({ actions: { actionGroups: [] } }),
        { ...combined({ scopes: [`${SCOPE}/resourceGroups/rg-app`] }), name: "rg-only" },
      ],
      codes: Array(ALERTED_OPERATIONS.length).fill("operation-not-alerted"),
    },
    {
      title: "two operationName conditions in allOf admit only what both name",
      resources: [
        combined({
          condition: {
            allOf: [
              { field: "operationName", containsAny: ALERTED_OPERATIONS },
              { field: "operationName", containsAny: ALL_BUT_LAST },
            ],
          },
        }),
      ],
      codes: ["operation-not-alerted"],
    },
    {
      title: "an anyOf with a leaf on another field restricts no operation, so names none",
      resources: [
        combined({
          condition: {
            allOf: [
              {
                anyOf: [
                  { field: "operationName", containsAny: ALERTED_OPERATIONS },
                  { field: "level", equals: "Error" },
                ],
              },
            ],
          },
        }),
      ],
      codes: Array(ALERTED_OPERATIONS.length).fill("operation-not-alerted"),
    },
    {
      title: "a second subscription without alerts of its own",
      resources: [...allAlerts(inSubscription(SUB_A)), group(inSubscription(SUB_B))],
      codes: ["no-activity-log-alerts"],
    },
    {
      title: "a deployed alert set missing the public IP deletion",
      resources: [
        {
          ...combined({ condition: { allOf: [{ field: "operationName", containsAny: ALL_BUT_LAST }] } }),
          id: `${SCOPE}/resourceGroups/rg-ops/providers/Microsoft.Insights/activityLogAlerts/cis`,
        },
      ],
      codes: ["operation-not-alerted"],
    },
  ],
  notApplicable: [
    {
      title: "the map manages the alerts centrally for every subscription",
      resources: [group()],
      map: centralSubscriptionMap(["activity-log-alerts"], "all"),
      reason:
        "The responsibility map says the subscription's activity-log alerts are managed centrally in northwind/platform/prod by Tomas Novak for every subscription: Set by the platform team.",
    },
    { title: "a stack without Azure resources", resources: [resource("aws:s3/bucket:Bucket", "assets", {})], reason: /no Azure resources/ },
    {
      title: "the map puts the alerts on the provider's side",
      resources: [group()],
      map: mapWithScope("threat-detection", {
        provider: "azure",
        resourceTypes: [AZURE.monitorActivityLogAlert],
        side: "provider",
        note: "The MSSP raises them.",
      }),
      reason: /outside this stack: The MSSP raises them\.$/,
    },
  ],
  unknown: [
    { title: "the combined alert's scope computed", resources: [combined({ scopes: [UNKNOWN.string] })], undecided: ["cis"] },
    {
      title: "an incomplete alert next to one whose condition is computed",
      resources: [alertFor(ALERTED_OPERATIONS[0] as string), combined({ condition: UNKNOWN.object })],
      undecided: ["policyassignments-write", "cis"],
    },
  ],
});
