import type { TransparentDataEncryptionArgs } from "@pulumi/azure-native/sql";
import { StackIndex } from "../../core/joins";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
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
    const violations: StackViolation[] = [];
    for (const tde of index.ofType([AZURE.sqlTransparentDataEncryption])) {
      const { state } = tde.props as Tde;
      if (state !== "Disabled") continue;
      violations.push({
        resource: databases.parentOf(tde) ?? tde,
        actual: "The database is stored unencrypted: its TransparentDataEncryption has `state` Disabled",
      });
    }
    return violations;
  },
});
