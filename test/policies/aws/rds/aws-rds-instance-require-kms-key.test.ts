import rule from "../../../../policies/aws/rds/aws-rds-instance-require-kms-key";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const OTHER = "arn:aws:kms:eu-west-1:111122223333:key/ffffffff-12ab-34cd-56ef-1234567890ab";
const instance = (props: Record<string, unknown>) =>
  resource(AWS.rdsInstance, "orders", {
    engine: "postgres",
    storageEncrypted: true,
    kmsKeyId: KEY,
    performanceInsightsEnabled: true,
    performanceInsightsKmsKeyId: KEY,
    ...props,
  });
const cluster = (props: Record<string, unknown>) =>
  resource(AWS.rdsCluster, "ledger", { engine: "aurora-mysql", storageEncrypted: true, kmsKeyId: KEY, ...props });
const member = (props: Record<string, unknown>) =>
  resource(AWS.rdsClusterInstance, "ledger-1", {
    engine: "aurora-mysql",
    performanceInsightsEnabled: true,
    performanceInsightsKmsKeyId: KEY,
    ...props,
  });

const cases: RuleCases = {
  compliant: [
    { title: "instance with customer-managed storage and Performance Insights keys", resources: [instance({})] },
    { title: "cluster with a customer-managed kmsKeyId", resources: [cluster({})] },
    { title: "cluster instance with a customer-managed performanceInsightsKmsKeyId", resources: [member({})] },
    { title: "instance with a key on the allow-list", resources: [instance({})], config: { allowedKeys: [KEY] } },
    {
      title: "instance on the AWS-managed key when customer-managed keys are not required",
      resources: [instance({ kmsKeyId: undefined, performanceInsightsKmsKeyId: undefined })],
      config: { requireCustomerManagedKey: false },
    },
  ],
  violating: [
    {
      title: "instance with storageEncrypted=true and kmsKeyId unset",
      resources: [instance({ kmsKeyId: undefined })],
      codes: ["key-not-set"],
    },
    {
      title: "instance with kmsKeyId=alias/aws/rds",
      resources: [instance({ kmsKeyId: "alias/aws/rds" })],
      codes: ["key-aws-managed"],
    },
    {
      title: "instance with Performance Insights and performanceInsightsKmsKeyId unset",
      resources: [instance({ performanceInsightsKmsKeyId: undefined })],
      codes: ["performance-insights-key-not-set"],
    },
    {
      title: "cluster with a key outside the allow-list",
      resources: [cluster({ kmsKeyId: OTHER })],
      config: { allowedKeys: [KEY] },
      codes: ["key-not-allowed"],
    },
    {
      title: "cluster instance with Performance Insights and performanceInsightsKmsKeyId unset",
      resources: [member({ performanceInsightsKmsKeyId: undefined })],
      codes: ["performance-insights-key-not-set"],
    },
    {
      title: "instance on the AWS-managed key, not customer-managed keys required, but outside the allowed list",
      resources: [instance({ kmsKeyId: undefined, performanceInsightsKmsKeyId: undefined })],
      config: { requireCustomerManagedKey: false, allowedKeys: [KEY] },
      codes: ["default-key-not-allowed", "default-key-not-allowed"],
    },
  ],
  notApplicable: [
    {
      title: "unencrypted instance without Performance Insights",
      resources: [instance({ storageEncrypted: false, kmsKeyId: undefined, performanceInsightsEnabled: false })],
      reason:
        "The instance neither encrypts its storage nor turns on Performance Insights, so no key is in use (aws-rds-instance-require-encryption reports unencrypted storage)",
    },
    {
      title: "cluster instance without Performance Insights",
      resources: [member({ performanceInsightsEnabled: undefined })],
      reason: /^The cluster instance neither encrypts/,
    },
  ],
  unknown: [
    { title: "instance whose kmsKeyId is computed", resources: [instance({ kmsKeyId: UNKNOWN.string })] },
    {
      title: "cluster instance whose performanceInsightsKmsKeyId is computed",
      resources: [member({ performanceInsightsKmsKeyId: UNKNOWN.string })],
    },
  ],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "instance with storageEncrypted=true and no kmsKeyId",
  resources: (tags) => [resource(AWS.rdsInstance, "db", { storageEncrypted: true, tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["key-not-set"],
    restricted: ["key-not-set"],
  },
});

describeLevels(rule, {
  title: "instance whose kmsKeyId is alias/aws/rds",
  resources: (tags) => [resource(AWS.rdsInstance, "db", { storageEncrypted: true, kmsKeyId: "alias/aws/rds", tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["key-aws-managed"],
    restricted: ["key-aws-managed"],
  },
});
