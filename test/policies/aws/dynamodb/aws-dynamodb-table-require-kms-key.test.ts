import rule from "../../../../policies/aws/dynamodb/aws-dynamodb-table-require-kms-key";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const table = (props: Record<string, unknown>) =>
  resource(AWS.dynamodbTable, "orders", { hashKey: "id", serverSideEncryption: { enabled: true, kmsKeyArn: KEY }, ...props });

const cases: RuleCases = {
  compliant: [
    { title: "table with a customer-managed kmsKeyArn", resources: [table({})] },
    {
      title: "table on the AWS-managed key when customer keys are not required",
      resources: [table({ serverSideEncryption: { enabled: true } })],
      config: { requireCustomerManagedKey: false },
    },
    {
      title: "table on the AWS-owned key (serverSideEncryption unset) when customer keys are not required",
      resources: [table({ serverSideEncryption: undefined })],
      config: { requireCustomerManagedKey: false },
    },
    {
      title: "deployed table whose outputs show serverSideEncryption disabled, when customer keys are not required",
      resources: [
        table({ serverSideEncryption: { enabled: false, kmsKeyArn: "" }, arn: "arn:aws:dynamodb:eu-west-1:111122223333:table/orders" }),
      ],
      config: { requireCustomerManagedKey: false },
    },
  ],
  violating: [
    {
      title: "table with serverSideEncryption unset",
      resources: [table({ serverSideEncryption: undefined })],
      codes: ["encryption-aws-owned"],
    },
    {
      title: "table with serverSideEncryption.enabled and kmsKeyArn unset",
      resources: [table({ serverSideEncryption: { enabled: true } })],
      codes: ["key-not-set"],
    },
    {
      title: "table with a key outside the allow-list",
      resources: [table({})],
      config: { allowedKeys: ["arn:aws:kms:eu-west-1:111122223333:key/other"] },
      codes: ["key-not-allowed"],
    },
    {
      title: "table naming an AWS-managed alias",
      resources: [table({ serverSideEncryption: { enabled: true, kmsKeyArn: "alias/aws/dynamodb" } })],
      codes: ["key-aws-managed"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "table whose kmsKeyArn is computed",
      resources: [table({ serverSideEncryption: { enabled: true, kmsKeyArn: UNKNOWN.string } })],
    },
  ],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "table on the AWS-owned key (serverSideEncryption unset)",
  resources: (tags) => [resource(AWS.dynamodbTable, "orders", { hashKey: "id", tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["encryption-aws-owned"],
    restricted: ["encryption-aws-owned"],
  },
});

describeLevels(rule, {
  title: "table encrypted with serverSideEncryption.enabled=true and no kmsKeyArn",
  resources: (tags) => [resource(AWS.dynamodbTable, "orders", { serverSideEncryption: { enabled: true }, tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["key-not-set"],
    restricted: ["key-not-set"],
  },
});
