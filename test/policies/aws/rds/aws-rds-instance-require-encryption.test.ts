import rule from "../../../../policies/aws/rds/aws-rds-instance-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const instance = (props: Record<string, unknown>) =>
  resource(AWS.rdsInstance, "orders", {
    engine: "postgres",
    instanceClass: "db.t4g.micro",
    allocatedStorage: 20,
    storageEncrypted: true,
    ...props,
  });
const cluster = (props: Record<string, unknown>) =>
  resource(AWS.rdsCluster, "ledger", { engine: "aurora-postgresql", storageEncrypted: true, ...props });

describeRule(rule, {
  compliant: [
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
      problems: ["The instance is not encrypted: `storageEncrypted` is false"],
    },
    {
      title: "instance with storageEncrypted unset",
      resources: [instance({ storageEncrypted: undefined })],
      problems: [
        "The instance is not encrypted: `storageEncrypted` is not set, and RDS leaves instances unencrypted unless told otherwise",
      ],
    },
    {
      title: "read replica without kmsKeyId",
      resources: [instance({ storageEncrypted: undefined, replicateSourceDb: "src" })],
      problems: ["The read replica names no encryption key: `storageEncrypted` is not true and `kmsKeyId` is not set"],
    },
    {
      title: "cluster with storageEncrypted=false",
      resources: [cluster({ storageEncrypted: false })],
      problems: ["The cluster is not encrypted: `storageEncrypted` is false"],
    },
    {
      title: "provisioned cluster with storageEncrypted unset",
      resources: [cluster({ storageEncrypted: undefined })],
      problems: [
        "The cluster is not encrypted: `storageEncrypted` is not set, and RDS leaves provisioned clusters unencrypted unless told otherwise",
      ],
    },
  ],
  notApplicable: [
    {
      title: "instance where the map puts RDS encryption on the provider's side",
      resources: [instance({ storageEncrypted: false })],
      map: mapWithScope("encryption-at-rest", {
        provider: "aws",
        resourceTypes: ["aws:rds/*"],
        side: "provider",
        note: "An SCP denies unencrypted RDS.",
      }),
      reason:
        "The responsibility map puts encryption at rest for aws:rds/instance:Instance on the provider's side: An SCP denies unencrypted RDS.",
    },
  ],
  unknown: [
    { title: "instance whose storageEncrypted is computed", resources: [instance({ storageEncrypted: UNKNOWN.boolean })] },
    { title: "cluster whose storageEncrypted is computed", resources: [cluster({ storageEncrypted: UNKNOWN.boolean })] },
  ],
});
