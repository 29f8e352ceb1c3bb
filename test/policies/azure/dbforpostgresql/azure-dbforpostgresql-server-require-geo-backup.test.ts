import rule from "../../../../policies/azure/dbforpostgresql/azure-dbforpostgresql-server-require-geo-backup";
import { AZURE } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const server = (backup: unknown, props: Record<string, unknown> = {}) =>
  resource(AZURE.postgresServer, "db", { resourceGroupName: "rg-app", backup, ...props });

const cases: RuleCases = {
  compliant: [
    {
      title: "server with geo-redundant backups kept 14 days",
      resources: [server({ geoRedundantBackup: "Enabled", backupRetentionDays: 14 })],
    },
    { title: "server with geo-redundant backups and the 7-day default", resources: [server({ geoRedundantBackup: "Enabled" })] },
  ],
  violating: [
    {
      title: "server without backup settings",
      resources: [server(undefined)],
      problems: ["The server keeps backups in one region only: `backup.geoRedundantBackup` is not Enabled"],
    },
    {
      title: "server with geoRedundantBackup=Disabled and 3 days",
      resources: [server({ geoRedundantBackup: "Disabled", backupRetentionDays: 3 })],
      problems: [
        "The server keeps backups in one region only: `backup.geoRedundantBackup` is not Enabled",
        "The server keeps backups for 3 days: `backup.backupRetentionDays` is 3, below the required 7",
      ],
    },
    {
      title: "default retention below a 14-day option",
      resources: [server({ geoRedundantBackup: "Enabled" })],
      config: { minimumRetentionDays: 14 },
      problems: ["The server keeps backups for the Azure default of 7 days, below the required 14"],
    },
  ],
  notApplicable: [
    {
      title: "read replica",
      resources: [server(undefined, { replicationRole: "AsyncReplica" })],
      reason: "The server is a read replica, which takes no backups of its own",
    },
    {
      // Programs create a replica with createMode only; Azure reports its replicationRole once deployed.
      title: "read replica in preview: createMode=Replica, replicationRole unset",
      resources: [
        server(undefined, {
          createMode: "Replica",
          sourceServerResourceId:
            "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg-primary",
        }),
      ],
      reason: "The server is a read replica, which takes no backups of its own",
    },
  ],
  unknown: [{ title: "geo-backup setting computed", resources: [server({ geoRedundantBackup: UNKNOWN.string })] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "geo-redundant server keeping backups 7 days",
  resources: (tags) => [resource(AZURE.postgresServer, "pg", { backup: { geoRedundantBackup: "Enabled", backupRetentionDays: 7 }, tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["The server keeps backups for 7 days: `backup.backupRetentionDays` is 7, below the 14 days confidential data requires"],
    restricted: ["The server keeps backups for 7 days: `backup.backupRetentionDays` is 7, below the 35 days restricted data requires"],
  },
});
