import rule from "../../../../policies/aws/backup/aws-backup-resource-require-selection";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN, urnOf } from "../../../support/rules";

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
const NOT_IN_PLAN = (noun: string) => `The ${noun} is in no AWS Backup plan: no Selection lists it in \`resources\` or matches its tags`;

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
    { title: "database in no selection", resources: [db(), plan()], problems: [NOT_IN_PLAN("database instance")] },
    {
      title: "volume whose tag does not match the selection",
      resources: [volume, plan(), selection({ selectionTags: [{ type: "STRINGEQUALS", key: "backup", value: "weekly" }] })],
      problems: [NOT_IN_PLAN("volume")],
    },
    {
      title: "table selected by a plan keeping 3 days",
      resources: [table(), plan(3), selection({ resources: [UNKNOWN.string] }, [urnOf(AWS.dynamodbTable, "carts")])],
      problems: [
        "The table is backed up too briefly: the plan that selects it keeps recovery points for at most 3 days (`lifecycle.deleteAfter`), below the required 7",
      ],
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
      problems: [
        "The file system's backup retention cannot be confirmed: the Selection that covers it names, in `planId`, a plan the stack does not declare",
      ],
    },
    {
      title: "deployed database listed by ARN but excluded by notResources",
      resources: [deployedDb, deployedPlan(), deployedSelection({ resources: [DB_ARN], notResources: [DB_ARN] })],
      problems: [NOT_IN_PLAN("database instance")],
    },
    {
      title: "deployed table whose selection lists another ARN",
      resources: [deployedTable, deployedPlan(), deployedSelection({ resources: [DB_ARN] })],
      problems: [NOT_IN_PLAN("table")],
    },
    {
      title: "deployed database in a plan keeping 5 days with a 30-day minimum",
      resources: [deployedDb, deployedPlan(5), deployedSelection({ resources: [DB_ARN] })],
      config: { minimumRetentionDays: 30 },
      problems: [
        "The database instance is backed up too briefly: the plan that selects it keeps recovery points for at most 5 days (`lifecycle.deleteAfter`), below the required 30",
      ],
    },
  ],
  notApplicable: [
    {
      title: "table where the map puts DynamoDB backups on the provider's side",
      resources: [table()],
      map: mapWithScope("backup", {
        provider: "aws",
        resourceTypes: ["aws:dynamodb/*"],
        side: "provider",
        note: "Tables are caches rebuilt from S3.",
      }),
      reason:
        "The responsibility map puts backup and recovery for aws:dynamodb/table:Table on the provider's side: Tables are caches rebuilt from S3.",
    },
  ],
  unknown: [
    {
      title: "volume whose tags are computed while a selection matches by tag",
      resources: [resource(AWS.ebsVolume, "scratch", { tags: UNKNOWN.object }), plan(), selection(BY_TAG)],
    },
    {
      title: "selection whose resources are computed without dependencies",
      resources: [db(), plan(), selection({ resources: UNKNOWN.array })],
    },
    {
      title: "plan whose retention is computed",
      resources: [db(), plan(UNKNOWN.number), selection({ resources: [UNKNOWN.string] }, [urnOf(AWS.rdsInstance, "orders")])],
    },
  ],
});
