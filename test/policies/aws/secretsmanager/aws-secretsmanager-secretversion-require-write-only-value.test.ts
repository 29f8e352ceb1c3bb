import rule from "../../../../policies/aws/secretsmanager/aws-secretsmanager-secretversion-require-write-only-value";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, secret, UNKNOWN } from "../../../support/rules";

const version = (props: Record<string, unknown>) =>
  resource(AWS.secretsmanagerSecretVersion, "db", { secretId: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db", ...props });

describeRule(rule, {
  compliant: [
    { title: "a write-only value", resources: [version({ secretStringWo: secret('{"password":"Hunter2"}'), secretStringWoVersion: 1 })] },
    { title: "a write-only value as deployed state shows it (the version only)", resources: [version({ secretStringWoVersion: 3 })] },
  ],
  violating: [
    {
      title: "a Pulumi secret in `secretString` (still kept in state)",
      resources: [version({ secretString: secret('{"password":"Hunter2"}') })],
      codes: ["secret-in-state"],
    },
    {
      title: "a plain value",
      resources: [version({ secretString: '{"password":"Hunter2"}' })],
      problems: ["The secret's text is kept in the Pulumi state: `secretString` is set instead of the write-only `secretStringWo`"],
    },
  ],
  notApplicable: [
    {
      title: "a binary secret",
      resources: [version({ secretBinary: "aGVsbG8=" })],
      reason: "The version sets no secret text (`secretString` / `secretStringWo`)",
    },
  ],
  unknown: [{ title: "a generated value", resources: [version({ secretString: UNKNOWN.string })] }],
});
