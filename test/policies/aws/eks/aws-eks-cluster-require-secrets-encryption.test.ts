import rule from "../../../../policies/aws/eks/aws-eks-cluster-require-secrets-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const cluster = (props: Record<string, unknown>) =>
  resource(AWS.eksCluster, "apps", {
    roleArn: "arn:aws:iam::111122223333:role/eks",
    vpcConfig: { subnetIds: ["subnet-1"] },
    encryptionConfig: { resources: ["secrets"], provider: { keyArn: KEY } },
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "cluster encrypting secrets with a customer-managed key", resources: [cluster({})] },
    { title: "cluster encrypting secrets with an allowed key", resources: [cluster({})], config: { allowedKeys: [KEY] } },
  ],
  violating: [
    {
      title: "cluster without encryptionConfig",
      resources: [cluster({ encryptionConfig: undefined })],
      problems: ["The cluster does not envelope-encrypt Kubernetes secrets: `encryptionConfig` is not set"],
    },
    {
      title: "cluster whose encryptionConfig omits secrets",
      resources: [cluster({ encryptionConfig: { resources: [], provider: { keyArn: KEY } } })],
      problems: ['The cluster does not envelope-encrypt Kubernetes secrets: `encryptionConfig.resources` does not include "secrets"'],
    },
    {
      title: "cluster with a key outside the allow-list",
      resources: [cluster({})],
      config: { allowedKeys: ["alias/eks"] },
      problems: [
        "The cluster uses a key outside the allowed list: `encryptionConfig.provider.keyArn` is not one of the configured `allowedKeys`",
      ],
    },
  ],
  notApplicable: [
    {
      title: "cluster where the map puts EKS encryption on the provider's side",
      resources: [cluster({ encryptionConfig: undefined })],
      map: mapWithScope("encryption-at-rest", {
        provider: "aws",
        resourceTypes: ["aws:eks/*"],
        side: "provider",
        note: "EKS encrypts etcd volumes.",
      }),
      reason:
        "The responsibility map puts encryption at rest for aws:eks/cluster:Cluster on the provider's side: EKS encrypts etcd volumes.",
    },
  ],
  unknown: [
    { title: "cluster whose encryption config is computed", resources: [cluster({ encryptionConfig: UNKNOWN.object })] },
    {
      title: "cluster whose key ARN is computed",
      resources: [cluster({ encryptionConfig: { resources: ["secrets"], provider: { keyArn: UNKNOWN.string } } })],
    },
  ],
});
