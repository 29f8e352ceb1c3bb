import type { ClusterArgs } from "@pulumi/aws/eks";
import { cmkNotRequired } from "../../core/classification";
import { isRecord } from "../../core/resource";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { cmkReason, customerManagedKeyRequired, KEY_PROBLEMS, type KmsKeyConfig, keyViolation, kmsKeyOptions } from "../support/kms";

type Cluster = Pick<ClusterArgs, "encryptionConfig" | "version">;

/** A literal Kubernetes version below 1.28 ("1.27"), which EKS does not envelope-encrypt by default. */
function belowDefaultEncryption(version: unknown): boolean {
  if (typeof version !== "string") return false;
  const match = /^1\.(\d+)$/.exec(version.trim());
  return match !== null && Number(match[1]) < 28;
}

export default defineRule<KmsKeyConfig>({
  name: "aws-eks-cluster-require-secrets-encryption",
  displayName: "EKS clusters envelope-encrypt Kubernetes secrets with a customer-managed KMS key where their data requires one",
  description:
    'Every EKS cluster whose data requires a customer-managed key (by its classification level, else the `requireCustomerManagedKey` option) sets `encryptionConfig` with `resources: ["secrets"]` and a customer-managed `provider.keyArn`; clusters below Kubernetes 1.28 set it at every level.',
  duty: "key-management",
  findingDuties: ["encryption-at-rest"],
  severity: "medium",
  resourceTypes: [AWS.eksCluster],
  remediation: 'Set `encryptionConfig: { resources: ["secrets"], provider: { keyArn: <customer-managed KMS key ARN> } }` on the cluster.',
  why: "Kubernetes secrets are protected by an AWS-owned key that the organisation cannot restrict by a key policy, audit per use or withdraw",
  controls: { nist: ["SC-12", "SC-28"], securityHub: ["EKS.3"] },
  problems: {
    "no-envelope-encryption": "no `encryptionConfig` on a cluster below Kubernetes 1.28, which EKS does not envelope-encrypt by default",
    "encryption-aws-owned": "no `encryptionConfig`, so EKS encrypts secrets with an AWS-owned key where a customer-managed key is required",
    "secrets-not-included": '`encryptionConfig.resources` does not include "secrets"',
    "key-arn-empty": "`encryptionConfig.provider.keyArn` is empty",
    ...KEY_PROBLEMS,
  },
  options: kmsKeyOptions(true),
  check(cluster, ctx) {
    const { encryptionConfig } = cluster.props as Cluster;
    if (!isRecord(encryptionConfig)) {
      // EKS envelope-encrypts all Kubernetes API data with an AWS-owned key on Kubernetes 1.28 and
      // later (EKS user guide, "Default envelope encryption for all Kubernetes API Data"); SDK:
      // `version` unset means "the latest available version at resource creation".
      const { version } = cluster.props as Cluster;
      if (belowDefaultEncryption(version)) {
        return fail(
          "The cluster does not envelope-encrypt Kubernetes secrets: `encryptionConfig` is not set and its Kubernetes `version` is below 1.28, which EKS does not encrypt by default",
          {
            code: "no-envelope-encryption",
            duty: "encryption-at-rest",
            why: "secrets are stored in etcd without envelope encryption",
            fix: 'Set `encryptionConfig: { resources: ["secrets"], provider: { keyArn: <KMS key ARN> } }`, or upgrade `version` to 1.28 or later.',
          },
        );
      }
      const required = customerManagedKeyRequired(cluster, ctx);
      if (!required.value) {
        return notApplicable(
          cmkNotRequired(
            required,
            "The rule's `requireCustomerManagedKey` option is false, and EKS encrypts secrets with an AWS-owned key",
          ),
        );
      }
      return fail(`The cluster encrypts Kubernetes secrets with an AWS-owned key: \`encryptionConfig\` is not set${cmkReason(required)}`, {
        code: "encryption-aws-owned",
      });
    }
    const { resources } = encryptionConfig;
    // SDK: `resources` "Valid values: `secrets`".
    if (!Array.isArray(resources) || !resources.includes("secrets")) {
      return fail('The cluster does not encrypt Kubernetes secrets with its key: `encryptionConfig.resources` does not include "secrets"', {
        code: "secrets-not-included",
      });
    }
    const { provider } = encryptionConfig;
    const keyArn = isRecord(provider) ? provider["keyArn"] : undefined;
    if (typeof keyArn !== "string" || keyArn === "")
      return fail("The cluster has no key for secrets encryption: `encryptionConfig.provider.keyArn` is empty", { code: "key-arn-empty" });
    const violation = keyViolation(
      keyArn,
      "encryptionConfig.provider.keyArn",
      ctx.config,
      "The cluster",
      customerManagedKeyRequired(cluster, ctx),
    );
    return violation ? [violation] : pass;
  },
});
