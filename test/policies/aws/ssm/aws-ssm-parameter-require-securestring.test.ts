import rule from "../../../../policies/aws/ssm/aws-ssm-parameter-require-securestring";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, secret, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const parameter = (props: Record<string, unknown>, name = "db-password") =>
  resource(AWS.ssmParameter, name, { name: `/app/${name}`, type: "SecureString", keyId: KEY, value: secret("hunter2"), ...props });

describeRule(rule, {
  compliant: [
    { title: "SecureString with a customer-managed key", resources: [parameter({})] },
    {
      title: "SecureString with the AWS-managed key (keyId unset): encrypted, the key is aws-ssm-parameter-require-kms-key's concern",
      resources: [parameter({ keyId: undefined })],
    },
    { title: "SecureString with alias/aws/ssm", resources: [parameter({ keyId: "alias/aws/ssm" })] },
    {
      title: "secret-named SecureString whose key is computed (the key is not read)",
      resources: [parameter({ keyId: UNKNOWN.string })],
    },
  ],
  violating: [
    {
      title: "secret-named parameter with a secret type that is no parameter type",
      resources: [parameter({ type: canary("SecureString") })],
      codes: ["secret-in-plain-text"],
    },
    {
      title: "secret-named parameter with type=String",
      resources: [parameter({ type: "String", keyId: undefined })],
      codes: ["secret-in-plain-text"],
    },
    {
      title: "secret-named parameter without an explicit name (resource name used)",
      resources: [parameter({ type: "String", name: undefined, keyId: undefined }, "api-token")],
      codes: ["secret-in-plain-text"],
    },
    {
      title: "secret-named parameter with the type unset (SSM then needs it; the provider requires it)",
      resources: [parameter({ type: undefined, keyId: undefined })],
      codes: ["secret-in-plain-text"],
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
  ],
  unknown: [
    { title: "parameter whose type is computed", resources: [parameter({ type: UNKNOWN.string })] },
    {
      title: "secret-named parameter whose name is computed and type is String",
      resources: [parameter({ type: "String", name: UNKNOWN.string })],
    },
  ],
});
