import type { ServerArgs } from "@pulumi/azure-native/dbformysql";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable, type Violation } from "../../core/rule";
import { quoted } from "../../core/shown-values";
import { AZURE } from "../../core/tokens";
import { isFlexibleServerReplica } from "../support/arm-ids";

type Server = Pick<ServerArgs, "backup" | "replicationRole" | "createMode">;

/** Flexible servers keep backups 7 days unless told otherwise. */
const AZURE_DEFAULT_DAYS = 7;

interface Options {
  minimumRetentionDays: number;
}

export default defineRule<Options>({
  name: "azure-dbformysql-server-require-geo-backup",
  displayName: "MySQL flexible servers keep geo-redundant backups long enough",
  description: 'Every MySQL flexible server sets `backup.geoRedundantBackup` to "Enabled" and keeps backups at least the minimum days.',
  duty: "backup",
  severity: "medium",
  resourceTypes: [AZURE.mysqlServer],
  remediation: 'Set `backup: { geoRedundantBackup: "Enabled", backupRetentionDays: 7 }` (or more days) on the server when it is created.',
  why: "a regional outage or a long-unnoticed corruption leaves no backup to restore",
  controls: { nist: ["CP-9"], iso27001: ["A.8.13"], mcsb: ["BR-1"] },
  options: {
    minimumRetentionDays: { type: "integer", description: "Minimum backup retention in days.", default: 7, minimum: 1 },
  },
  check(server, { config }) {
    const props = server.props as Server;
    const { backup } = props;
    if (isFlexibleServerReplica(server)) return notApplicable("The server is a read replica, which takes no backups of its own");
    const settings: Record<string, unknown> = isRecord(backup) ? backup : {};
    const violations: Violation[] = [];
    if (settings["geoRedundantBackup"] !== "Enabled") {
      violations.push({
        subject: "geoRedundantBackup",
        actual: "The server keeps backups in one region only: `backup.geoRedundantBackup` is not Enabled",
        fix: 'Set `backup.geoRedundantBackup: "Enabled"` (only possible when the server is created).',
      });
    }
    const days = settings["backupRetentionDays"];
    const effective = typeof days === "number" ? days : AZURE_DEFAULT_DAYS;
    if (effective < config.minimumRetentionDays) {
      violations.push({
        subject: "backupRetentionDays",
        actual:
          typeof days === "number"
            ? `The server keeps backups for ${days === 1 ? `${quoted(days)} day` : `${quoted(days)} days`}: \`backup.backupRetentionDays\` is ${quoted(days)}, below the required ${config.minimumRetentionDays}`
            : `The server keeps backups for the Azure default of ${AZURE_DEFAULT_DAYS} days, below the required ${config.minimumRetentionDays}`,
        fix: `Set \`backup.backupRetentionDays\` to at least ${config.minimumRetentionDays}.`,
      });
    }
    return violations;
  },
});
