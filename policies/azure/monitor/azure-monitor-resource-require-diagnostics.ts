import type { DiagnosticSettingArgs } from "@pulumi/azure-native/monitor";
import { StackIndex } from "../../core/joins";
import { isRecord } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { IdIndex } from "../shared";

type DiagnosticSetting = Pick<
  DiagnosticSettingArgs,
  "logs" | "workspaceId" | "storageAccountId" | "eventHubAuthorizationRuleId" | "eventHubName" | "marketplacePartnerId"
>;

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

const COVERING_GROUPS = new Set(["audit", "alllogs"]);

interface Options {
  resourceTypes: string[];
  requiredCategories: string[];
}

function sendsSomewhere(setting: DiagnosticSetting): boolean {
  return [setting.workspaceId, setting.storageAccountId, setting.eventHubAuthorizationRuleId, setting.marketplacePartnerId].some(
    (value) => typeof value === "string" && value !== "",
  );
}

/** Whether the setting's enabled logs cover the audit group (or every required category). */
function coversAudit(logs: unknown, requiredCategories: readonly string[]): boolean {
  if (!Array.isArray(logs)) return false;
  const categories = new Set<string>();
  for (const entry of logs) {
    if (!isRecord(entry) || entry["enabled"] !== true) continue;
    const group = entry["categoryGroup"];
    if (typeof group === "string" && COVERING_GROUPS.has(group.toLowerCase())) return true;
    const category = entry["category"];
    if (typeof category === "string") categories.add(category.toLowerCase());
  }
  return requiredCategories.length > 0 && requiredCategories.every((category) => categories.has(category.toLowerCase()));
}

export default defineStackRule<Options>({
  name: "azure-monitor-resource-require-diagnostics",
  displayName: "Azure resources send audit logs through a diagnostic setting",
  description:
    "Every in-scope resource (Key Vault, SQL, storage, AKS, web app, PostgreSQL/MySQL flexible server, Cosmos DB, Recovery Services vault) has a diagnostic setting that sends the `audit` or `allLogs` category group (or every required category) to a workspace, storage account or event hub.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [...DIAGNOSTIC_TYPES, AZURE.monitorDiagnosticSetting],
  remediation:
    'Add an `azure-native.monitor.DiagnosticSetting` with `resourceUri` set to the resource id (for a storage account, its id followed by `/blobServices/default`), `logs: [{ categoryGroup: "audit", enabled: true }]` and `workspaceId` set to a Log Analytics workspace.',
  why: "who read, changed or deleted data cannot be established after an incident",
  controls: {
    nist: ["AU-2", "AU-12"],
    pciDss: ["10.2.1"],
    iso27001: ["A.8.15"],
    mcsb: ["LT-3"],
    cis: ["Azure 3.0 6.1.4"],
    azurePolicy: ["7f89b1eb", "187242f4", "cf820ca0", "245fc9df", "91a78b24"],
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
  },
  checkStack(resources, { config }) {
    const index = StackIndex.of(resources);
    const inScope = index.ofType(config.resourceTypes);
    if (inScope.length === 0) return notApplicable("The stack has no resource of a type that must send audit logs");
    const targets = new IdIndex(index, config.resourceTypes);
    const covered = new Set<string>();
    const partial = new Set<string>();
    for (const setting of index.ofType([AZURE.monitorDiagnosticSetting])) {
      const target = targets.referenced(setting, "resourceUri");
      if (target === undefined || covered.has(target.urn)) continue;
      const props = setting.props as DiagnosticSetting;
      if (coversAudit(props.logs, config.requiredCategories) && sendsSomewhere(props)) covered.add(target.urn);
      else partial.add(target.urn);
    }
    const violations: StackViolation[] = [];
    for (const resource of inScope) {
      if (covered.has(resource.urn)) continue;
      violations.push({
        resource,
        actual: partial.has(resource.urn)
          ? "The resource's diagnostic settings send no audit logs: none enables the `audit` or `allLogs` category group (or every required category) with a destination"
          : "The resource has no diagnostic setting: no DiagnosticSetting's `resourceUri` refers to it",
      });
    }
    return violations;
  },
});
