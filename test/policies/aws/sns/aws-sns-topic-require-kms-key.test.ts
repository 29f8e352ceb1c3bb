import rule from "../../../../policies/aws/sns/aws-sns-topic-require-kms-key";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const topic = (props: Record<string, unknown>) => resource(AWS.snsTopic, "orders", { kmsMasterKeyId: KEY, ...props });

const cases: RuleCases = {
  compliant: [
    { title: "topic with a customer-managed key", resources: [topic({})] },
    { title: "topic with a key on the allow-list", resources: [topic({})], config: { allowedKeys: [KEY] } },
    {
      title: "topic with the AWS-managed key when customer-managed keys are not required",
      resources: [topic({ kmsMasterKeyId: "alias/aws/sns" })],
      config: { requireCustomerManagedKey: false },
    },
  ],
  violating: [
    {
      title: "topic with kmsMasterKeyId unset",
      resources: [topic({ kmsMasterKeyId: undefined })],
      codes: ["encryption-off"],
    },
    {
      title: "topic with the AWS-managed alias/aws/sns key",
      resources: [topic({ kmsMasterKeyId: "alias/aws/sns" })],
      codes: ["key-aws-managed"],
      duties: ["key-management"],
    },
    {
      title: "topic with a key outside the allow-list",
      resources: [topic({})],
      config: { allowedKeys: ["arn:aws:kms:eu-west-1:111122223333:key/0000aaaa-00aa-00aa-00aa-000000000000"] },
      codes: ["key-not-allowed"],
      duties: ["key-management"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "topic whose key is computed", resources: [topic({ kmsMasterKeyId: UNKNOWN.string })] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "topic with kmsMasterKeyId=alias/aws/sns",
  resources: (tags) => [resource(AWS.snsTopic, "events", { kmsMasterKeyId: "alias/aws/sns", tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["key-aws-managed"],
    restricted: ["key-aws-managed"],
  },
});
