import { expect, it } from "vitest";
import rule from "../../../../policies/aws/rds/aws-rds-instance-require-backup-retention";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { canary, describeRule, type RuleCases, resource, run, UNKNOWN } from "../../../support/rules";

const instance = (props: Record<string, unknown>) =>
  resource(AWS.rdsInstance, "orders", { engine: "postgres", backupRetentionPeriod: 7, ...props });
const cluster = (props: Record<string, unknown>) =>
  resource(AWS.rdsCluster, "ledger", { engine: "aurora-postgresql", backupRetentionPeriod: 14, ...props });

const cases: RuleCases = {
  compliant: [
    { title: "instance with backupRetentionPeriod=7", resources: [instance({})] },
    { title: "cluster with backupRetentionPeriod=14", resources: [cluster({})] },
    {
      title: "instance with backupRetentionPeriod=3 when 3 days are required",
      resources: [instance({ backupRetentionPeriod: 3 })],
      config: { minimumRetentionDays: 3 },
    },
  ],
  violating: [
    {
      title: "instance with backupRetentionPeriod=1",
      resources: [instance({ backupRetentionPeriod: 1 })],
      codes: ["retention-short"],
    },
    {
      title: "instance whose backupRetentionPeriod is text that is no number (a secret, unquoted)",
      resources: [instance({ backupRetentionPeriod: canary() })],
      codes: ["retention-unreadable"],
    },
    {
      title: "instance with backupRetentionPeriod=0",
      resources: [instance({ backupRetentionPeriod: 0 })],
      codes: ["no-backups"],
    },
    {
      title: "instance with backupRetentionPeriod unset",
      resources: [instance({ backupRetentionPeriod: undefined })],
      codes: ["no-backups"],
    },
    {
      title: "cluster with backupRetentionPeriod unset",
      resources: [cluster({ backupRetentionPeriod: undefined })],
      codes: ["retention-short"],
    },
    {
      title: "cluster with backupRetentionPeriod=14 when 30 days are required",
      resources: [cluster({})],
      config: { minimumRetentionDays: 30 },
      codes: ["retention-short"],
    },
    {
      title: "read replica without backups when replicas are not skipped",
      resources: [instance({ backupRetentionPeriod: undefined, replicateSourceDb: "orders-primary" })],
      config: { skipReadReplicas: false },
      codes: ["no-backups"],
    },
  ],
  notApplicable: [
    {
      title: "read replica",
      resources: [instance({ backupRetentionPeriod: undefined, replicateSourceDb: "orders-primary" })],
      reason: "The instance is a read replica (`replicateSourceDb` is set); its source database keeps the backups",
    },
  ],
  unknown: [
    { title: "instance whose backupRetentionPeriod is computed", resources: [instance({ backupRetentionPeriod: UNKNOWN.number })] },
    { title: "instance whose replicateSourceDb is computed", resources: [instance({ replicateSourceDb: UNKNOWN.string })] },
  ],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

it("names the fix with the required retention", () => {
  const [finding] = run(rule, [instance({ backupRetentionPeriod: 1 })]);
  expect(finding?.message).toContain("Set `backupRetentionPeriod: 7` (or more) on the instance.");
});

describeLevels(rule, {
  title: "instance with backupRetentionPeriod=7",
  resources: (tags) => [resource(AWS.rdsInstance, "db", { backupRetentionPeriod: 7, tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["retention-short"],
    restricted: ["retention-short"],
  },
});

describeLevels(rule, {
  title: "cluster with backupRetentionPeriod unset (RDS keeps 1 day)",
  resources: (tags) => [resource(AWS.rdsCluster, "db", { tags })],
  expected: {
    public: [],
    internal: ["retention-short"],
    confidential: ["retention-short"],
    restricted: ["retention-short"],
  },
});
