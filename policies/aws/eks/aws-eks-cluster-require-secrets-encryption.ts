import type { ClusterArgs } from "@pulumi/aws/eks";
import { type KmsKeyConfig, keyProblem, kmsKeyOptions } from "../../core/aws-kms";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Cluster = Pick<ClusterArgs, "encryptionConfig">;

export default defineRule<KmsKeyConfig>({
  name: "aws-eks-cluster-require-secrets-encryption",
  displayName: "EKS clusters encrypt Kubernetes secrets with a KMS key",
  description: 'Every EKS cluster sets `encryptionConfig` with `resources: ["secrets"]` and a customer-managed `provider.keyArn`.',
  duty: "encryption-at-rest",
  severity: "high",
  resourceTypes: [AWS.eksCluster],
  remediation: 'Set `encryptionConfig: { resources: ["secrets"], provider: { keyArn: <customer-managed KMS key ARN> } }` on the cluster.',
  why: "secrets stored in etcd are protected only by default encryption, without a key the organisation controls",
  controls: { nist: ["SC-28"], securityHub: ["EKS.3"] },
  options: kmsKeyOptions(true),
  check(cluster, ctx) {
    const { encryptionConfig } = cluster.props as Cluster;
    if (!isRecord(encryptionConfig)) return fail("The cluster does not envelope-encrypt Kubernetes secrets: `encryptionConfig` is not set");
    const { resources } = encryptionConfig;
    if (!Array.isArray(resources) || !resources.includes("secrets")) {
      return fail('The cluster does not envelope-encrypt Kubernetes secrets: `encryptionConfig.resources` does not include "secrets"');
    }
    const { provider } = encryptionConfig;
    const keyArn = isRecord(provider) ? provider["keyArn"] : undefined;
    if (typeof keyArn !== "string" || keyArn === "")
      return fail("The cluster has no key for secrets encryption: `encryptionConfig.provider.keyArn` is empty");
    const problem = keyProblem(keyArn, "encryptionConfig.provider.keyArn", ctx.config, "The cluster");
    return problem ? fail(problem) : pass;
  },
});
