import rule from "../../../../policies/aws/lambda/aws-lambda-function-require-secrets-kms-key";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, secret, UNKNOWN } from "../../../support/rules";

const fn = (variables: Record<string, unknown> | undefined, props: Record<string, unknown> = {}) =>
  resource(AWS.lambdaFunction, "api", {
    runtime: "nodejs22.x",
    ...(variables === undefined ? {} : { environment: { variables } }),
    ...props,
  });
const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

describeRule(rule, {
  compliant: [
    { title: "a secret under a key of its own", resources: [fn({ DB_PASSWORD: secret("hunter2") }, { kmsKeyArn: KEY })] },
    { title: "a key created in the same stack", resources: [fn({ DB_PASSWORD: secret("hunter2") }, { kmsKeyArn: UNKNOWN.string })] },
  ],
  violating: [
    {
      title: "a Pulumi secret under the AWS managed key",
      resources: [fn({ DB_PASSWORD: secret("hunter2"), LOG_LEVEL: "info" })],
      codes: ["secrets-default-key"],
      levels: ["advisory"],
    },
    {
      title: "a secret as deployed state keeps it (ciphertext)",
      resources: [fn({ DB_PASSWORD: { ciphertext: "v1:9ddd9334ab37d0485474106e" } })],
      codes: ["secrets-default-key"],
    },
    {
      title: "a Pulumi secret holding a reference still counts (its plain text is not readable in state)",
      resources: [fn({ DB_PASSWORD: secret("arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf") })],
      codes: ["secrets-default-key"],
    },
    {
      title: "the message names the variables, never the values",
      resources: [fn({ DB_PASSWORD: "hunter2", apiKey: "abc123" })],
      problems: [
        "The function keeps secret-like environment variables (`DB_PASSWORD`, `apiKey`) under the AWS managed key: `kmsKeyArn` is not set",
      ],
    },
  ],
  notApplicable: [
    { title: "no environment", resources: [fn(undefined)], reason: "The function sets no environment variables" },
    {
      title: "only references and ordinary settings",
      resources: [
        fn({ DB_PASSWORD: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf", API_KEY: "/prod/api/key", LOG_LEVEL: "info" }),
      ],
      reason: "No environment variable with a secret-like name holds a value",
    },
  ],
  unknown: [{ title: "a secret-like variable from an Output", resources: [fn({ DB_PASSWORD: UNKNOWN.string })] }],
});
