import type { DatabaseAccountArgs } from "@pulumi/azure-native/cosmosdb";
import { valueClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Account = Pick<DatabaseAccountArgs, "backupPolicy">;

export default defineRule({
  name: "azure-cosmosdb-account-require-continuous-backup",
  displayName: "Cosmos DB accounts use continuous backup",
  description: 'Every Cosmos DB account sets `backupPolicy.type` to "Continuous" for point-in-time restore.',
  duty: "backup",
  severity: "medium",
  resourceTypes: [AZURE.cosmosDbAccount],
  remediation:
    'Set `backupPolicy: { type: "Continuous", continuousModeProperties: { tier: "Continuous30Days" } }` on the Cosmos DB account.',
  why: "data can only be restored from periodic snapshots through a support request, losing everything since the last one",
  controls: { nist: ["CP-9"], mcsb: ["BR-1"] },
  problems: { "periodic-backup": "the account has only periodic backups" },
  check(account) {
    const { backupPolicy } = account.props as Account;
    const type = isRecord(backupPolicy) ? backupPolicy["type"] : undefined;
    // Without `backupPolicy` Azure creates the account with periodic backups
    // (learn.microsoft.com/azure/cosmos-db/periodic-backup-restore-introduction).
    if (type === "Continuous") return pass;
    return fail(
      type === undefined
        ? "The account has only periodic backups: `backupPolicy` is not set, and Azure then uses Periodic"
        : `The account has only periodic backups: \`backupPolicy.type\` ${valueClause(type, ["Periodic", "Continuous"], "backup policy type")}`,
      { code: "periodic-backup" },
    );
  },
});
