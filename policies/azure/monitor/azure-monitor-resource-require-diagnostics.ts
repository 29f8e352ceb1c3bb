import { StackIndex } from "../../core/joins";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { IdIndex } from "../support/arm-ids";
import { type DiagnosticSetting, diagnosticTarget, enablesLogs, sendsSomewhere, sendsToWorkspace } from "../support/diagnostics";

/** Resource types whose audit logs the rule asks for, by default all of them. */
export const DIAGNOSTIC_TYPES: readonly string[] = [
  AZURE.keyVault,
  AZURE.sqlServer,
  AZURE.sqlDatabase,
  AZURE.storageAccount,
  AZURE.aksManagedCluster,
  AZURE.webApp,
  AZURE.postgresServer,
  AZURE.mysqlServer,
  AZURE.cosmosDbAccount,
  AZURE.recoveryServicesVault,
];

const COVERING_GROUPS: ReadonlySet<string> = new Set(["audit", "alllogs"]);

interface Options {
  resourceTypes: string[];
  requiredCategories: string[];
  requireWorkspace: boolean;
}

/** How far a resource's best diagnostic setting goes: higher is better. */
enum Coverage {
  NoAuditLogs = 0,
  NotToWorkspace = 1,
  Covered = 2,
}

export default defineStackRule<Options>({
  name: "azure-monitor-resource-require-diagnostics",
  displayName: "Azure resources send audit logs through a diagnostic setting",
  description:
    "Every in-scope resource (Key Vault, SQL, storage, AKS, web app, PostgreSQL/MySQL flexible server, Cosmos DB, Recovery Services vault) has a diagnostic setting that sends the `audit` or `allLogs` category group (or every required category) to a Log Analytics workspace (or, when the option allows, a storage account or event hub); a SQL server's is the setting on its `master` database.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [...DIAGNOSTIC_TYPES, AZURE.monitorDiagnosticSetting],
  problems: {
    "no-diagnostic-setting": "No diagnostic setting refers to the resource.",
    "audit-logs-not-to-workspace": "The resource's audit logs reach no Log Analytics workspace.",
    "no-audit-logs": "The resource's diagnostic settings send no audit logs.",
  },
  remediation:
    'Add an `azure-native.monitor.DiagnosticSetting` with `resourceUri` set to the resource id (for a storage account, its id followed by `/blobServices/default`; for a SQL server, followed by `/databases/master`), `logs: [{ categoryGroup: "audit", enabled: true }]` and `workspaceId` set to a Log Analytics workspace.',
  why: "who read, changed or deleted data cannot be established after an incident",
  controls: {
    nist: ["AU-2", "AU-12"],
    pciDss: ["10.2.1"],
    iso27001: ["A.8.15"],
    mcsb: ["LT-3"],
    cis: ["Azure 3.0 6.1.4"],
    azurePolicy: [
      "7f89b1eb-583c-429a-8828-af049802c1d9",
      "187242f4-89c6-4c43-9a4e-188c0efacc5f",
      "cf820ca0-f99e-4f3e-84fb-66e913812d21",
      "245fc9df-fa96-4414-9a0b-3738c2f7341c",
      "91a78b24-f231-4a8a-8da9-02c35b2b6510",
    ],
  },
  options: {
    resourceTypes: {
      type: "array",
      description: "Resource types that must have audit logs.",
      default: [...DIAGNOSTIC_TYPES],
      items: { type: "string", enum: DIAGNOSTIC_TYPES },
      uniqueItems: true,
    },
    requiredCategories: {
      type: "array",
      description: "Log categories that, all enabled together, also satisfy the rule in place of the audit/allLogs group.",
      default: [],
      items: { type: "string" },
      uniqueItems: true,
    },
    requireWorkspace: {
      type: "boolean",
      description:
        "Only a Log Analytics workspace (`workspaceId`) counts as a destination, where the logs can be queried and alerted on; false also accepts a storage account, event hub or partner solution.",
      default: true,
    },
  },
  checkStack(resources, { config }) {
    const index = StackIndex.of(resources);
    const inScope = index.ofType(config.resourceTypes);
    if (inScope.length === 0) return notApplicable("The stack has no resource of a type that must send audit logs");
    const targets = new IdIndex(index, config.resourceTypes);
    const settings = index.ofType([AZURE.monitorDiagnosticSetting]);
    // Each resource on its own: one whose diagnostic settings (or their `resourceUri`) are unknown
    // at preview is undecided, and the others are still judged.
    return judgeEach(inScope, (resource): StackViolation[] | undefined => {
      let level: Coverage | undefined;
      for (const setting of settings) {
        if (diagnosticTarget(targets, setting) !== resource) continue;
        const props = setting.props as DiagnosticSetting;
        let own = Coverage.NoAuditLogs;
        if (enablesLogs(props.logs, COVERING_GROUPS, config.requiredCategories) && sendsSomewhere(props)) {
          own = !config.requireWorkspace || sendsToWorkspace(props) ? Coverage.Covered : Coverage.NotToWorkspace;
        }
        level = Math.max(own, level ?? Coverage.NoAuditLogs);
        if (level === Coverage.Covered) return undefined;
      }
      return [
        {
          resource,
          code:
            level === undefined
              ? "no-diagnostic-setting"
              : level === Coverage.NotToWorkspace
                ? "audit-logs-not-to-workspace"
                : "no-audit-logs",
          actual:
            level === undefined
              ? "The resource has no diagnostic setting: no DiagnosticSetting's `resourceUri` refers to it"
              : level === Coverage.NotToWorkspace
                ? "The resource's audit logs reach no Log Analytics workspace: its diagnostic settings send them only to a storage account, event hub or partner solution (`workspaceId` is not set)"
                : "The resource's diagnostic settings send no audit logs: none enables the `audit` or `allLogs` category group (or every required category) with a destination",
          ...(level === Coverage.NotToWorkspace
            ? { fix: "Set `workspaceId` to a Log Analytics workspace on the diagnostic setting." }
            : {}),
        },
      ];
    });
  },
});
