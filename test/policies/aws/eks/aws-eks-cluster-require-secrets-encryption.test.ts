import rule from "../../../../policies/aws/eks/aws-eks-cluster-require-secrets-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const cluster = (props: Record<string, unknown>) =>
  resource(AWS.eksCluster, "apps", {
    roleArn: "arn:aws:iam::111122223333:role/eks",
    vpcConfig: { subnetIds: ["subnet-1"] },
    encryptionConfig: { resources: ["secrets"], provider: { keyArn: KEY } },
    ...props,
  });

const cases: RuleCases = {
  compliant: [
    { title: "cluster encrypting secrets with a customer-managed key", resources: [cluster({})] },
    { title: "cluster encrypting secrets with an allowed key", resources: [cluster({})], config: { allowedKeys: [KEY] } },
    {
      title: "deployed cluster (outputs show version and encryptionConfig)",
      resources: [cluster({ version: "1.33", arn: "arn:aws:eks:eu-west-1:111122223333:cluster/apps" })],
    },
  ],
  violating: [
    {
      title: "cluster without encryptionConfig (AWS-owned key)",
      resources: [cluster({ encryptionConfig: undefined })],
      codes: ["encryption-aws-owned"],
    },
    {
      title: "cluster whose encryptionConfig omits secrets",
      resources: [cluster({ encryptionConfig: { resources: [], provider: { keyArn: KEY } } })],
      codes: ["secrets-not-included"],
    },
    {
      title: "cluster whose encryptionConfig names an empty keyArn",
      resources: [cluster({ encryptionConfig: { resources: ["secrets"], provider: { keyArn: "" } } })],
      codes: ["key-arn-empty"],
    },
    {
      title: "cluster encrypting secrets with an AWS-managed alias",
      resources: [
        cluster({ encryptionConfig: { resources: ["secrets"], provider: { keyArn: "arn:aws:kms:eu-west-1:111122223333:alias/aws/eks" } } }),
      ],
      codes: ["key-aws-managed"],
    },
    {
      title: "cluster with a key outside the allow-list",
      resources: [cluster({})],
      config: { allowedKeys: ["arn:aws:kms:eu-west-1:111122223333:key/0000aaaa-00aa-00aa-00aa-000000000000"] },
      codes: ["key-not-allowed"],
    },
    {
      title:
        "deployed cluster on Kubernetes 1.27 without encryptionConfig, which EKS does not encrypt by default (even when no CMK is required)",
      resources: [cluster({ encryptionConfig: undefined, version: "1.27" })],
      config: { requireCustomerManagedKey: false },
      codes: ["no-envelope-encryption"],
      duties: ["encryption-at-rest"],
    },
  ],
  notApplicable: [
    {
      title: "cluster without encryptionConfig when customer-managed keys are not required (EKS 1.28+ encrypts with an AWS-owned key)",
      resources: [cluster({ encryptionConfig: undefined, version: "1.31" })],
      config: { requireCustomerManagedKey: false },
      reason: "The rule's `requireCustomerManagedKey` option is false, and EKS encrypts secrets with an AWS-owned key",
    },
  ],
  unknown: [
    { title: "cluster whose encryption config is computed", resources: [cluster({ encryptionConfig: UNKNOWN.object })] },
    {
      title: "cluster whose key ARN is computed",
      resources: [cluster({ encryptionConfig: { resources: ["secrets"], provider: { keyArn: UNKNOWN.string } } })],
    },
  ],
};

describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "cluster without encryptionConfig, Kubernetes version left to the latest",
  resources: (tags) => [cluster({ encryptionConfig: undefined, tags })],
  expected: {
    public: { notApplicable: "The resource's classification level public does not require a customer-managed key" },
    internal: { notApplicable: "The resource's classification level internal does not require a customer-managed key" },
    confidential: ["encryption-aws-owned"],
    restricted: ["encryption-aws-owned"],
  },
});
