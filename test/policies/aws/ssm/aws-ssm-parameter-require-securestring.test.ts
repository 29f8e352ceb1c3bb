import rule from "../../../../policies/aws/ssm/aws-ssm-parameter-require-securestring";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, secret, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const parameter = (props: Record<string, unknown>, name = "db-password") =>
  resource(AWS.ssmParameter, name, { name: `/app/${name}`, type: "SecureString", keyId: KEY, value: secret("hunter2"), ...props });

describeRule(rule, {
  compliant: [
    { title: "SecureString with a customer-managed key", resources: [parameter({})] },
    {
      title: "SecureString with the default key when customer-managed keys are not required",
      resources: [parameter({ keyId: undefined })],
      config: { requireCustomerManagedKey: false },
    },
  ],
  violating: [
    {
      title: "secret-named parameter with a secret type that is no parameter type",
      resources: [parameter({ type: canary("SecureString") })],
      problems: ["The parameter's name marks it as a secret but it is stored in plain text: `type` is not a recognised parameter type"],
    },
    {
      title: "secret-named parameter with type=String",
      resources: [parameter({ type: "String", keyId: undefined })],
      problems: ['The parameter\'s name marks it as a secret but it is stored in plain text: `type` is "String"'],
    },
    {
      title: "secret-named parameter without an explicit name (resource name used)",
      resources: [parameter({ type: "String", name: undefined, keyId: undefined }, "api-token")],
      problems: ['The parameter\'s name marks it as a secret but it is stored in plain text: `type` is "String"'],
    },
    {
      title: "SecureString with keyId unset",
      resources: [parameter({ keyId: undefined })],
      problems: ["The SecureString parameter is encrypted with the AWS-managed key: `keyId` is not set, so SSM uses alias/aws/ssm"],
    },
    {
      title: "SecureString with alias/aws/ssm",
      resources: [parameter({ keyId: "alias/aws/ssm" })],
      problems: ["The parameter uses an AWS-managed key: `keyId` names an `alias/aws/...` key, not a customer-managed key"],
    },
  ],
  notApplicable: [
    {
      title: "parameter whose name is not secret-like and whose type is a secret that is no parameter type",
      resources: [parameter({ type: canary(), keyId: undefined, value: "eu-west-1" }, "region")],
      reason: "The parameter is not a SecureString, and its name does not mark it as a secret",
    },
    {
      title: "plain String whose name is not secret-like",
      resources: [parameter({ type: "String", keyId: undefined, value: "eu-west-1" }, "region")],
      reason: "The parameter is a plain String whose name does not mark it as a secret",
    },
    {
      title: "parameter where the map puts SSM encryption on the provider's side",
      resources: [parameter({ type: "String" })],
      map: mapWithScope("encryption-at-rest", {
        provider: "aws",
        resourceTypes: ["aws:ssm/*"],
        side: "provider",
        note: "Dev account only.",
      }),
      reason: "The responsibility map puts encryption at rest for aws:ssm/parameter:Parameter on the provider's side: Dev account only.",
    },
  ],
  unknown: [
    { title: "parameter whose type is computed", resources: [parameter({ type: UNKNOWN.string })] },
    { title: "SecureString whose key is computed", resources: [parameter({ keyId: UNKNOWN.string })] },
  ],
});
