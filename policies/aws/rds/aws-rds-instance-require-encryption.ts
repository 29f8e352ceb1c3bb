import type { ClusterArgs, InstanceArgs } from "@pulumi/aws/rds";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { awsRegionOf } from "../support/placement";

type Instance = Pick<InstanceArgs, "storageEncrypted" | "replicateSourceDb" | "kmsKeyId">;
type Cluster = Pick<ClusterArgs, "storageEncrypted" | "engineMode">;

/** The region of an RDS instance ARN: `arn:aws:rds:<region>:<account>:db:<name>`. */
const RDS_ARN = /^arn:aws[a-z-]*:rds:([a-z0-9-]+):\d{12}:db:/;

export default defineRule({
  name: "aws-rds-instance-require-encryption",
  displayName: "RDS instances and clusters encrypt their storage",
  description:
    "Every RDS instance and cluster sets `storageEncrypted` to true; a same-region read replica inherits its source's encryption, and a cross-region one sets `kmsKeyId`.",
  duty: "encryption-at-rest",
  severity: "high",
  resourceTypes: [AWS.rdsInstance, AWS.rdsCluster],
  remediation: "Set `storageEncrypted: true` on the database (and `kmsKeyId` to a customer-managed key where the data needs one).",
  why: "anyone who obtains the storage, a snapshot or a backup can read the database",
  controls: { nist: ["SC-28"], pciDss: ["3.5.1"], iso27001: ["A.8.24"], cis: ["AWS 2.3.1"], securityHub: ["RDS.3", "RDS.27"] },
  problems: {
    "storage-unencrypted": "the database is not encrypted (`storageEncrypted` false, or unset where RDS then leaves it unencrypted)",
    "replica-key-missing": "a cross-region read replica names no encryption key (`kmsKeyId` unset)",
  },
  check(database) {
    if (database.type === AWS.rdsCluster) {
      const { storageEncrypted } = database.props as Cluster;
      if (storageEncrypted === true) return pass;
      if (storageEncrypted === false)
        return fail("The cluster is not encrypted: `storageEncrypted` is false", { code: "storage-unencrypted" });
      // Serverless (v1) clusters are always encrypted; the provider documents the default as true there.
      const { engineMode } = database.props as Cluster;
      if (engineMode === "serverless") return pass;
      return fail(
        "The cluster is not encrypted: `storageEncrypted` is not set, and RDS leaves provisioned clusters unencrypted unless told otherwise",
        { code: "storage-unencrypted" },
      );
    }
    const { storageEncrypted } = database.props as Instance;
    if (storageEncrypted === true) return pass;
    const { replicateSourceDb } = database.props as Instance;
    if (storageEncrypted !== false && typeof replicateSourceDb === "string" && replicateSourceDb !== "") {
      // SDK (replicateSourceDb): same region names the source by `identifier` (or ARN with a subnet
      // group), another region by ARN, and "if you are creating a cross-region replica of an
      // encrypted database you will also need to specify a `kmsKeyId`". A same-region replica takes
      // the source's encryption (RDS User Guide, "Working with DB instance read replicas"): the
      // source is checked on its own.
      const sourceRegion = RDS_ARN.exec(replicateSourceDb)?.[1];
      const ownRegion = awsRegionOf(database);
      if (sourceRegion === undefined || ownRegion === undefined || sourceRegion === ownRegion) return pass;
      const { kmsKeyId } = database.props as Instance;
      if (typeof kmsKeyId === "string" && kmsKeyId !== "") return pass;
      return fail(
        "The cross-region read replica names no encryption key: `replicateSourceDb` is in another region and `kmsKeyId` is not set",
        {
          code: "replica-key-missing",
          fix: "Set `kmsKeyId` on the replica to a KMS key in its own region (a cross-region replica ignores `storageEncrypted`).",
        },
      );
    }
    return fail(
      storageEncrypted === false
        ? "The instance is not encrypted: `storageEncrypted` is false"
        : "The instance is not encrypted: `storageEncrypted` is not set, and RDS leaves instances unencrypted unless told otherwise",
      { code: "storage-unencrypted" },
    );
  },
});
