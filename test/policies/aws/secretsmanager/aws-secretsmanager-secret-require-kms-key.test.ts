import rule from "../../../../policies/aws/secretsmanager/aws-secretsmanager-secret-require-kms-key";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const secretResource = (props: Record<string, unknown>) => resource(AWS.secretsmanagerSecret, "db-password", { kmsKeyId: KEY, ...props });

const cases: RuleCases = {
  compliant: [
    { title: "secret with a customer-managed key", resources: [secretResource({})] },
    {
      title: "secret with the AWS-managed key when customer-managed keys are not required",
      resources: [secretResource({ kmsKeyId: "alias/aws/secretsmanager" })],
      config: { requireCustomerManagedKey: false },
    },
  ],
  violating: [
    {
      title: "secret with kmsKeyId unset",
      resources: [secretResource({ kmsKeyId: undefined })],
      codes: ["key-not-set"],
    },
    {
      title: "secret with alias/aws/secretsmanager",
      resources: [secretResource({ kmsKeyId: "alias/aws/secretsmanager" })],
      codes: ["key-aws-managed"],
    },
    {
      title: "secret with a key outside the allowed list",
      resources: [secretResource({ kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/ffffffff-12ab-34cd-56ef-1234567890ab" })],
      config: { allowedKeys: [KEY] },
      codes: ["key-not-allowed"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "secret whose key is computed", resources: [secretResource({ kmsKeyId: UNKNOWN.string })] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "secret with no kmsKeyId",
  resources: (tags) => [resource(AWS.secretsmanagerSecret, "db-password", { tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["key-not-set"],
    restricted: ["key-not-set"],
  },
});
