import rule from "../../../../policies/aws/cloudwatch/aws-cloudwatch-loggroup-require-kms-key";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const group = (props: Record<string, unknown>) =>
  resource(AWS.cloudwatchLogGroup, "app", { kmsKeyId: KEY, retentionInDays: 365, ...props });

const cases: RuleCases = {
  compliant: [
    { title: "log group with a customer-managed key", resources: [group({})] },
    { title: "log group with a key on the allow-list", resources: [group({})], config: { allowedKeys: [KEY] } },
  ],
  violating: [
    {
      title: "log group with kmsKeyId unset",
      resources: [group({ kmsKeyId: undefined })],
      codes: ["key-not-set"],
    },
    {
      title: "log group with a key outside the allow-list",
      resources: [group({})],
      config: { allowedKeys: ["arn:aws:kms:eu-west-1:111122223333:key/0000aaaa-00aa-00aa-00aa-000000000000"] },
      codes: ["key-not-allowed"],
    },
    {
      title: "log group naming an AWS-managed alias",
      resources: [group({ kmsKeyId: "alias/aws/logs" })],
      codes: ["key-aws-managed"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "log group whose key is computed", resources: [group({ kmsKeyId: UNKNOWN.string })] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "log group with no kmsKeyId",
  resources: (tags) => [resource(AWS.cloudwatchLogGroup, "app", { tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["key-not-set"],
    restricted: ["key-not-set"],
  },
});
