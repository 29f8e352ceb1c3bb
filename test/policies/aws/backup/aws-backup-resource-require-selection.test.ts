import rule from "../../../../policies/aws/backup/aws-backup-resource-require-selection";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

const DB_ARN = "arn:aws:rds:eu-west-1:111122223333:db:orders";
const TABLE_ARN = "arn:aws:dynamodb:eu-west-1:111122223333:table/carts";
const PLAN_ID = "plan-0123";

const plan = (deleteAfter: unknown = 35, extra = {}) =>
  resource(AWS.backupPlan, "daily", { rules: [{ ruleName: "daily", targetVaultName: "main", lifecycle: { deleteAfter } }] }, extra);
const selection = (props: Record<string, unknown>, resourceDeps: string[] = [], extra = {}) =>
  resource(
    AWS.backupSelection,
    "daily-selection",
    { planId: PLAN_ID, iamRoleArn: "arn:aws:iam::111122223333:role/backup", ...props },
    {
      propertyDependencies: { planId: [urnOf(AWS.backupPlan, "daily")], ...(resourceDeps.length > 0 ? { resources: resourceDeps } : {}) },
      ...extra,
    },
  );
const db = (props: Record<string, unknown> = {}, extra = {}) =>
  resource(AWS.rdsInstance, "orders", { engine: "postgres", instanceClass: "db.t4g.micro", ...props }, extra);
const table = (props: Record<string, unknown> = {}, extra = {}) => resource(AWS.dynamodbTable, "carts", { hashKey: "id", ...props }, extra);
const volume = resource(AWS.ebsVolume, "scratch", {
  availabilityZone: "eu-west-1a",
  size: 10,
  tags: { owner: "diego.alvarez", backup: "daily" },
});
const fileSystem = resource(AWS.efsFileSystem, "shared", { tags: { owner: "diego.alvarez", Backup: "daily" } });
const cluster = resource(AWS.rdsCluster, "aurora", { engine: "aurora-postgresql", tags: { owner: "diego.alvarez", backup: "daily" } });

// Deployed state: ids and ARNs set, selections refer by value, no propertyDependencies.
const deployedPlan = (deleteAfter = 35) => plan(deleteAfter, { id: PLAN_ID });
const deployedSelection = (props: Record<string, unknown>) =>
  resource(
    AWS.backupSelection,
    "daily-selection",
    { planId: PLAN_ID, iamRoleArn: "arn:aws:iam::111122223333:role/backup", ...props },
    { id: "sel-1" },
  );
const deployedDb = db({ arn: DB_ARN }, { id: "orders" });
const deployedTable = table({ arn: TABLE_ARN }, { id: "carts" });

const BY_TAG = { selectionTags: [{ type: "STRINGEQUALS", key: "backup", value: "daily" }] };

describeRule(rule, {
  compliant: [
    {
      title: "database and table listed in resources through dependencies (preview, ARNs unknown)",
      resources: [
        db(),
        table(),
        plan(),
        selection({ resources: [UNKNOWN.string, UNKNOWN.string] }, [urnOf(AWS.rdsInstance, "orders"), urnOf(AWS.dynamodbTable, "carts")]),
      ],
    },
    {
      title: "volume, file system and cluster matched by selectionTags",
      resources: [volume, fileSystem, cluster, plan(), selection({ resources: ["*"], ...BY_TAG })],
    },
    {
      title: "volume matched by conditions.stringEquals on aws:ResourceTag/backup",
      resources: [volume, plan(), selection({ conditions: [{ stringEquals: [{ key: "aws:ResourceTag/backup", value: "daily" }] }] })],
    },
    { title: "plan rule without a lifecycle keeps recovery points forever", resources: [volume, plan(undefined), selection(BY_TAG)] },
    { title: "read replica left out of every plan", resources: [db({ replicateSourceDb: "orders-primary" })] },
    {
      title: "deployed database and table listed by ARN",
      resources: [deployedDb, deployedTable, deployedPlan(), deployedSelection({ resources: [DB_ARN, TABLE_ARN] })],
    },
    {
      title: "deployed table selected by a wildcard ARN",
      resources: [deployedTable, deployedPlan(), deployedSelection({ resources: ["arn:aws:dynamodb:*:*:table/*"] })],
    },
  ],
  violating: [
    {
      title: "table in no selection next to a database whose plan's retention is computed",
      resources: [db(), table(), plan(UNKNOWN.number), selection({ resources: [UNKNOWN.string] }, [urnOf(AWS.rdsInstance, "orders")])],
      codes: ["not-in-plan"],
      undecided: ["orders"],
    },
    { title: "database in no selection", resources: [db(), plan()], codes: ["not-in-plan"] },
    {
      title: "volume whose tag does not match the selection",
      resources: [volume, plan(), selection({ selectionTags: [{ type: "STRINGEQUALS", key: "backup", value: "weekly" }] })],
      codes: ["not-in-plan"],
    },
    {
      title: "table selected by a plan keeping 3 days",
      resources: [table(), plan(3), selection({ resources: [UNKNOWN.string] }, [urnOf(AWS.dynamodbTable, "carts")])],
      codes: ["retention-short"],
    },
    {
      title: "file system selected through a plan the stack does not declare",
      resources: [
        fileSystem,
        resource(AWS.backupSelection, "external", {
          planId: "plan-elsewhere",
          iamRoleArn: "arn:aws:iam::111122223333:role/backup",
          ...BY_TAG,
        }),
      ],
      codes: ["plan-undeclared"],
    },
    {
      title: "deployed database listed by ARN but excluded by notResources",
      resources: [deployedDb, deployedPlan(), deployedSelection({ resources: [DB_ARN], notResources: [DB_ARN] })],
      codes: ["not-in-plan"],
    },
    {
      title: "deployed table whose selection lists another ARN",
      resources: [deployedTable, deployedPlan(), deployedSelection({ resources: [DB_ARN] })],
      codes: ["not-in-plan"],
    },
    {
      title: "deployed database in a plan keeping 5 days with a 30-day minimum",
      resources: [deployedDb, deployedPlan(5), deployedSelection({ resources: [DB_ARN] })],
      config: { minimumRetentionDays: 30 },
      codes: ["retention-short"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "volume whose tags are computed while a selection matches by tag",
      resources: [resource(AWS.ebsVolume, "scratch", { tags: UNKNOWN.object }), plan(), selection(BY_TAG)],
      undecided: ["scratch"],
    },
    {
      title: "selection whose resources are computed without dependencies",
      resources: [db(), plan(), selection({ resources: UNKNOWN.array })],
      undecided: ["orders"],
    },
    {
      title: "plan whose retention is computed",
      resources: [db(), plan(UNKNOWN.number), selection({ resources: [UNKNOWN.string] }, [urnOf(AWS.rdsInstance, "orders")])],
      undecided: ["orders"],
    },
  ],
});
