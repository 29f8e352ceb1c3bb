import rule from "../../../../policies/aws/ssm/aws-ssm-parameter-require-kms-key";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, secret, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const OTHER = "arn:aws:kms:eu-west-1:111122223333:key/ffffffff-12ab-34cd-56ef-1234567890ab";
const parameter = (props: Record<string, unknown>, name = "db-password") =>
  resource(AWS.ssmParameter, name, { name: `/app/${name}`, type: "SecureString", keyId: KEY, value: secret("hunter2"), ...props });

const cases: RuleCases = {
  compliant: [
    { title: "SecureString with a customer-managed key", resources: [parameter({})] },
    { title: "SecureString with a key on the allow-list", resources: [parameter({})], config: { allowedKeys: [KEY] } },
    {
      title: "deployed SecureString whose state shows the key ARN and an opaque value",
      resources: [parameter({ value: secret("x"), arn: "arn:aws:ssm:eu-west-1:111122223333:parameter/app/db-password", tier: "Standard" })],
    },
  ],
  violating: [
    { title: "SecureString with keyId unset", resources: [parameter({ keyId: undefined })], codes: ["key-not-set"] },
    {
      title: "SecureString with alias/aws/ssm",
      resources: [parameter({ keyId: "alias/aws/ssm" })],
      codes: ["key-aws-managed"],
    },
    {
      title: "SecureString with a key outside the allow-list",
      resources: [parameter({ keyId: OTHER })],
      config: { allowedKeys: [KEY] },
      codes: ["key-not-allowed"],
    },
    {
      title: "SecureString on the AWS-managed key, customer-managed keys not required, where the allowed list omits it",
      resources: [parameter({ keyId: undefined })],
      config: { requireCustomerManagedKey: false, allowedKeys: [KEY] },
      codes: ["default-key-not-allowed"],
    },
  ],
  notApplicable: [
    {
      title: "plain String parameter",
      resources: [parameter({ type: "String", keyId: undefined, value: "eu-west-1" }, "region")],
      reason: "The parameter is not a SecureString, so no KMS key encrypts it",
    },
    {
      title: "SecureString with the AWS-managed key when customer-managed keys are not required",
      resources: [parameter({ keyId: undefined })],
      config: { requireCustomerManagedKey: false },
      reason: "The rule's `requireCustomerManagedKey` option is false",
    },
  ],
  unknown: [
    { title: "parameter whose type is computed", resources: [parameter({ type: UNKNOWN.string })] },
    { title: "SecureString whose key is computed", resources: [parameter({ keyId: UNKNOWN.string })] },
  ],
};

describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "SecureString parameter with the AWS-managed key (keyId unset)",
  resources: (tags) => [parameter({ keyId: undefined, tags })],
  expected: {
    public: { notApplicable: "The resource's classification level public does not require a customer-managed key" },
    internal: { notApplicable: "The resource's classification level internal does not require a customer-managed key" },
    confidential: ["key-not-set"],
    restricted: ["key-not-set"],
  },
});
