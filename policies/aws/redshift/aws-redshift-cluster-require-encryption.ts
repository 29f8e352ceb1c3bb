import type { ClusterArgs } from "@pulumi/aws/redshift";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { KEY_PROBLEMS, type KmsKeyConfig, keyViolation, kmsKeyOptions, unsetKeyProblem } from "../support/kms";

type Cluster = Pick<ClusterArgs, "encrypted" | "kmsKeyId">;

export default defineRule<KmsKeyConfig>({
  name: "aws-redshift-cluster-require-encryption",
  displayName: "Redshift clusters are encrypted",
  description:
    'Every Redshift cluster keeps `encrypted` at "true" (the default), with a customer-managed `kmsKeyId` when `requireCustomerManagedKey` is set.',
  duty: "encryption-at-rest",
  findingDuties: ["key-management"],
  severity: "high",
  resourceTypes: [AWS.redshiftCluster],
  remediation: 'Set `encrypted: "true"` on the cluster (or leave it unset) and `kmsKeyId` to a customer-managed KMS key.',
  why: "anyone who obtains the cluster's storage or snapshots can read the warehouse data",
  controls: { nist: ["SC-28"], pciDss: ["3.5.1"], securityHub: ["Redshift.10"] },
  problems: {
    "encryption-off": 'the cluster is not encrypted (`encrypted` is "false")',
    "key-not-set": "a customer-managed key is required but `kmsKeyId` is not set, so Redshift uses an AWS-managed key",
    ...KEY_PROBLEMS,
    "default-key-not-allowed": "`kmsKeyId` is not set and the AWS-managed aws/redshift key is not on `allowedKeys`",
  },
  options: kmsKeyOptions(false),
  check(cluster, ctx) {
    const { encrypted } = cluster.props as Cluster;
    // `encrypted` is a string in v7; unset means "true".
    if (encrypted !== undefined && encrypted !== null && String(encrypted).toLowerCase() === "false") {
      return fail('The cluster is not encrypted: `encrypted` is "false"', { code: "encryption-off" });
    }
    // Which key encrypts is key management, with its own accountable person (the resource is
    // encrypted either way), and never blocks a deployment: other key-management rules are advisory.
    const { kmsKeyId } = cluster.props as Cluster;
    if (typeof kmsKeyId !== "string" || kmsKeyId === "") {
      if (ctx.config.requireCustomerManagedKey) {
        return fail("The cluster is encrypted with an AWS-managed key: `kmsKeyId` is not set", {
          code: "key-not-set",
          duty: "key-management",
          advisory: true,
          fix: "Set `kmsKeyId` on the cluster to a customer-managed KMS key.",
        });
      }
      // redshift/cluster.d.ts: `kmsKeyId` is a computed output (the aws/redshift key's ARN when unset).
      const problem = unsetKeyProblem("alias/aws/redshift", "kmsKeyId", ctx.config, "The cluster");
      return problem ? fail(problem, { code: "default-key-not-allowed", duty: "key-management", advisory: true }) : pass;
    }
    const violation = keyViolation(kmsKeyId, "kmsKeyId", ctx.config, "The cluster");
    return violation ? [{ ...violation, duty: "key-management", advisory: true }] : pass;
  },
});
