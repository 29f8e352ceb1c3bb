import type { ParameterArgs } from "@pulumi/aws/ssm";
import { type KmsKeyConfig, keyProblem, kmsKeyOptions } from "../../core/aws-kms";
import { valueClause } from "../../core/message";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Parameter = Pick<ParameterArgs, "type" | "keyId" | "name">;

const TYPES = ["String", "StringList", "SecureString"];

interface Config extends KmsKeyConfig {
  readonly secretNamePattern: string;
}

export default defineRule<Config>({
  name: "aws-ssm-parameter-require-securestring",
  displayName: "Secret SSM parameters are SecureStrings encrypted with a customer-managed key",
  description:
    "Every SSM parameter whose name marks it as a secret uses `type: SecureString`, and every SecureString parameter sets `keyId` to a customer-managed KMS key.",
  duty: "encryption-at-rest",
  severity: "high",
  resourceTypes: [AWS.ssmParameter],
  remediation: 'Set `type: "SecureString"` and `keyId` to a customer-managed KMS key on the parameter.',
  why: "anyone who can read parameters, or the account's default SSM key, can read the secret",
  controls: { nist: ["SC-28"] },
  options: {
    ...kmsKeyOptions(true),
    secretNamePattern: {
      type: "string",
      description: "A case-insensitive regular expression; parameters whose name matches it hold secrets.",
      default: "password|passwd|secret|token|api[-_]?key|private[-_]?key|credential",
    },
  },
  check(parameter, ctx) {
    const { type } = parameter.props as Parameter;
    if (type !== "SecureString") {
      const { name } = parameter.props as Parameter;
      const parameterName = typeof name === "string" && name !== "" ? name : parameter.name;
      if (!new RegExp(ctx.config.secretNamePattern, "i").test(parameterName)) {
        return notApplicable(
          typeof type === "string" && TYPES.includes(type)
            ? `The parameter is a plain ${type} whose name does not mark it as a secret`
            : "The parameter is not a SecureString, and its name does not mark it as a secret",
        );
      }
      const actual = type === undefined ? "`type` is not set" : `\`type\` ${valueClause(type, TYPES, "parameter type")}`;
      return fail(`The parameter's name marks it as a secret but it is stored in plain text: ${actual}`);
    }
    const { keyId } = parameter.props as Parameter;
    if (typeof keyId !== "string" || keyId === "") {
      return ctx.config.requireCustomerManagedKey
        ? fail("The SecureString parameter is encrypted with the AWS-managed key: `keyId` is not set, so SSM uses alias/aws/ssm", {
            fix: "Set `keyId` on the parameter to a customer-managed KMS key.",
          })
        : pass;
    }
    const problem = keyProblem(keyId, "keyId", ctx.config, "The parameter");
    return problem ? fail(problem) : pass;
  },
});
