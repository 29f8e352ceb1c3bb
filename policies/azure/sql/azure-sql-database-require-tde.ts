import type { TransparentDataEncryptionArgs } from "@pulumi/azure-native/sql";
import { StackIndex } from "../../core/joins";
import type { ResourceView } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { ParentIndex } from "../support/arm-ids";

type Tde = Pick<TransparentDataEncryptionArgs, "state">;

export const DATABASE_LINKS = [
  { property: "serverName", attribute: "serverName" },
  { property: "databaseName", attribute: "databaseName" },
] as const;

export default defineStackRule({
  name: "azure-sql-database-require-tde",
  displayName: "SQL databases keep transparent data encryption on",
  description:
    "No Azure SQL database has a TransparentDataEncryption resource with `state` Disabled (TDE is on by default for new databases).",
  duty: "encryption-at-rest",
  severity: "high",
  resourceTypes: [AZURE.sqlDatabase, AZURE.sqlTransparentDataEncryption],
  problems: { "tde-disabled": "A TransparentDataEncryption resource turns TDE off (`state` Disabled)." },
  remediation: 'Set `state: "Enabled"` on the database\'s TransparentDataEncryption (or remove the resource to keep the default).',
  why: "database files, backups and logs are stored unencrypted",
  controls: {
    nist: ["SC-28"],
    pciDss: ["3.5.1"],
    mcsb: ["DP-4"],
    cis: ["Azure 3.0 5.1.5"],
    azurePolicy: ["17k78e20-9358-41c9-923c-fb736d382a12"],
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    if (!index.has([AZURE.sqlDatabase])) return notApplicable("The stack has no SQL database");
    const databases = new ParentIndex(index, [AZURE.sqlDatabase], DATABASE_LINKS);
    const disabled = (resource: ResourceView, tdes: readonly ResourceView[]): StackViolation[] =>
      // SDK (TransparentDataEncryptionArgs.state): "Specifies the state of the transparent data encryption."
      tdes
        .filter((tde) => (tde.props as Tde).state === "Disabled")
        .map(() => ({
          resource,
          code: "tde-disabled",
          actual: "The database is stored unencrypted: its TransparentDataEncryption has `state` Disabled",
        }));
    // Each database on its own: one whose TDE state (or a TDE's database reference) is unknown at
    // preview is undecided, and the others are still judged. A TDE whose database is not in the
    // stack is reported on itself.
    const tdeTypes = [AZURE.sqlTransparentDataEncryption];
    return [
      ...judgeEach(index.ofType([AZURE.sqlDatabase]), (database) => disabled(database, databases.childrenOf(database, tdeTypes))),
      ...judgeEach(index.ofType(tdeTypes), (tde) => (databases.parentOf(tde) === undefined ? disabled(tde, [tde]) : undefined)),
    ];
  },
});
