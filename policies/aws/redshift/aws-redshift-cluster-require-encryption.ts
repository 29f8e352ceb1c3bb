import type { ClusterArgs } from "@pulumi/aws/redshift";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { type KmsKeyConfig, keyProblem, kmsKeyOptions, unsetKeyProblem } from "../support/kms";

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
  options: kmsKeyOptions(false),
  check(cluster, ctx) {
    const { encrypted } = cluster.props as Cluster;
    // `encrypted` is a string in v7; unset means "true".
    if (encrypted !== undefined && encrypted !== null && String(encrypted).toLowerCase() === "false") {
      return fail('The cluster is not encrypted: `encrypted` is "false"');
    }
    // Which key encrypts is key management, with its own accountable person (the resource is
    // encrypted either way), and never blocks a deployment: other key-management rules are advisory.
    const { kmsKeyId } = cluster.props as Cluster;
    if (typeof kmsKeyId !== "string" || kmsKeyId === "") {
      if (ctx.config.requireCustomerManagedKey) {
        return fail("The cluster is encrypted with an AWS-managed key: `kmsKeyId` is not set", {
          duty: "key-management",
          advisory: true,
          fix: "Set `kmsKeyId` on the cluster to a customer-managed KMS key.",
        });
      }
      // redshift/cluster.d.ts: `kmsKeyId` is a computed output (the aws/redshift key's ARN when unset).
      const problem = unsetKeyProblem("alias/aws/redshift", "kmsKeyId", ctx.config, "The cluster");
      return problem ? fail(problem, { duty: "key-management", advisory: true }) : pass;
    }
    const problem = keyProblem(kmsKeyId, "kmsKeyId", ctx.config, "The cluster");
    return problem ? fail(problem, { duty: "key-management", advisory: true }) : pass;
  },
});
