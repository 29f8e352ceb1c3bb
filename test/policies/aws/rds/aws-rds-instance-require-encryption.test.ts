import rule from "../../../../policies/aws/rds/aws-rds-instance-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { inRegion } from "../../../support/aws-placement";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const instance = (props: Record<string, unknown>, extra = {}) =>
  resource(
    AWS.rdsInstance,
    "orders",
    { engine: "postgres", instanceClass: "db.t4g.micro", allocatedStorage: 20, storageEncrypted: true, ...props },
    extra,
  );
const SOURCE_ARN = "arn:aws:rds:us-east-1:111122223333:db:src";
const cluster = (props: Record<string, unknown>) =>
  resource(AWS.rdsCluster, "ledger", { engine: "aurora-postgresql", storageEncrypted: true, ...props });

describeRule(rule, {
  compliant: [
    {
      title: "same-region read replica naming its source by identifier (inherits the source's encryption)",
      resources: [instance({ storageEncrypted: undefined, replicateSourceDb: "src" })],
    },
    {
      title: "same-region read replica naming its source by ARN with a subnet group",
      resources: [instance({ storageEncrypted: undefined, replicateSourceDb: SOURCE_ARN, dbSubnetGroupName: "db" }, inRegion("us-east-1"))],
    },
    {
      title: "replica naming a source ARN where its own region is not known (not judged cross-region)",
      resources: [instance({ storageEncrypted: undefined, replicateSourceDb: SOURCE_ARN })],
    },
    { title: "instance with storageEncrypted=true", resources: [instance({})] },
    { title: "cluster with storageEncrypted=true", resources: [cluster({})] },
    {
      title: "serverless cluster with storageEncrypted unset",
      resources: [cluster({ storageEncrypted: undefined, engineMode: "serverless" })],
    },
    {
      title: "cross-region read replica with kmsKeyId",
      resources: [
        instance({
          storageEncrypted: undefined,
          engine: undefined,
          replicateSourceDb: "arn:aws:rds:us-east-1:111122223333:db:src",
          kmsKeyId: KEY,
        }),
      ],
    },
  ],
  violating: [
    {
      title: "instance with storageEncrypted=false",
      resources: [instance({ storageEncrypted: false })],
      codes: ["storage-unencrypted"],
    },
    {
      title: "instance with storageEncrypted unset",
      resources: [instance({ storageEncrypted: undefined })],
      codes: ["storage-unencrypted"],
    },
    {
      title: "cross-region read replica (source ARN in us-east-1, replica in eu-west-1) without kmsKeyId",
      resources: [instance({ storageEncrypted: undefined, replicateSourceDb: SOURCE_ARN }, inRegion("eu-west-1"))],
      codes: ["replica-key-missing"],
    },
    {
      title: "cross-region replica whose own region comes from its `region` property",
      resources: [instance({ storageEncrypted: undefined, replicateSourceDb: SOURCE_ARN, region: "eu-central-1" })],
      codes: ["replica-key-missing"],
    },
    {
      title: "deployed read replica whose outputs show storageEncrypted=false",
      resources: [instance({ storageEncrypted: false, replicateSourceDb: "src" }, { id: "db-1" })],
      codes: ["storage-unencrypted"],
    },
    {
      title: "cluster with storageEncrypted=false",
      resources: [cluster({ storageEncrypted: false })],
      codes: ["storage-unencrypted"],
    },
    {
      title: "provisioned cluster with storageEncrypted unset",
      resources: [cluster({ storageEncrypted: undefined })],
      codes: ["storage-unencrypted"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "instance whose storageEncrypted is computed", resources: [instance({ storageEncrypted: UNKNOWN.boolean })] },
    { title: "cluster whose storageEncrypted is computed", resources: [cluster({ storageEncrypted: UNKNOWN.boolean })] },
  ],
});
