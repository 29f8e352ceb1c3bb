import type { AdministratorArgs } from "@pulumi/azure-native/dbforpostgresql";
import type { ManagedInstanceArgs, ServerArgs } from "@pulumi/azure-native/sql";
import { FLAG_UNCLAIMED_OPTION, type IdentityRef, leaverViolations } from "../../core/identities";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { adminRefs } from "../support/identities";

interface Config {
  readonly flagUnclaimed: boolean;
}

const SQL_INLINE = new Set<string>([AZURE.sqlServer, AZURE.sqlManagedInstance]);
/** `sid` + `login`; their `administratorType` is only `ActiveDirectory`, so it says no principal kind. */
const SID_LOGIN = new Set<string>([
  AZURE.sqlServerAzureADAdministrator,
  AZURE.sqlManagedInstanceAdministrator,
  AZURE.synapseWorkspaceAadAdmin,
  AZURE.mysqlAzureADAdministrator,
]);

function refsOf(type: string, props: Readonly<Record<string, unknown>>): IdentityRef[] {
  if (SQL_INLINE.has(type)) {
    // ServerExternalAdministrator / ManagedInstanceExternalAdministrator: `sid`, `login` and
    // `principalType` (sql PrincipalType enum: "User", "Group", "Application").
    const admin = (props as Partial<ServerArgs | ManagedInstanceArgs>).administrators as unknown;
    const human = isRecord(admin) && admin["principalType"] === "User";
    return adminRefs(isRecord(admin) ? admin : undefined, "sid", "login", "administrators.", human);
  }
  if (SID_LOGIN.has(type)) return adminRefs(props, "sid", "login", "", false);
  // dbforpostgresql AdministratorArgs: `objectId`, `principalName`, `principalType` (enum in lower
  // case: "user", "servicePrincipal", "group").
  const human = (props as Partial<AdministratorArgs>).principalType === "user";
  return adminRefs(props, "objectId", "principalName", "", human);
}

export default defineRule<Config>({
  name: "azure-sql-server-disallow-leaver-admin",
  displayName: "No database's Entra administrator is a person who left",
  description:
    "The Entra administrator of an Azure SQL server or managed instance, a Synapse workspace, or a PostgreSQL or MySQL flexible server is not a departed person of the responsibility map; a user administrator is a person of the map.",
  duty: "access-review",
  severity: "high",
  resourceTypes: [
    AZURE.sqlServer,
    AZURE.sqlManagedInstance,
    AZURE.sqlServerAzureADAdministrator,
    AZURE.sqlManagedInstanceAdministrator,
    AZURE.synapseWorkspaceAadAdmin,
    AZURE.postgresAdministrator,
    AZURE.mysqlAzureADAdministrator,
  ],
  remediation:
    "Make an Entra group the administrator (`sid`/`objectId` of the group, `principalType: Group`), or an active person listed with `identities.entraObjectIds` in the responsibility map.",
  why: "an administrator account that outlives the person who held it is a way in that nobody watches",
  controls: {
    nist: ["AC-2(3)", "AC-6(5)", "PS-4"],
    mcsb: ["PA-1"],
    pciDss: ["8.2.5"],
    iso27001: ["A.5.18", "A.6.5"],
    azurePolicy: ["1f314764-cb73-4fc9-b863-8eca98ac36e9"],
  },
  options: FLAG_UNCLAIMED_OPTION,
  problems: {
    "departed-identity": "the Entra administrator is a person who left",
    "unclaimed-identity": "the Entra administrator is a user no person in the map claims (advisory)",
  },
  check(resource, ctx) {
    const refs = refsOf(resource.type, resource.props);
    if (refs.length === 0) return notApplicable("The resource names no Entra administrator");
    return leaverViolations(refs, ctx.map, {
      access: "administrator rights on the database server",
      flagUnclaimed: ctx.config.flagUnclaimed,
      fix: "Make an Entra group (or an active person) the administrator instead.",
    });
  },
});
