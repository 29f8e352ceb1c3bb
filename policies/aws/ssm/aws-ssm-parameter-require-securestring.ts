import type { ParameterArgs } from "@pulumi/aws/ssm";
import { valueClause } from "../../core/message";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Parameter = Pick<ParameterArgs, "type" | "name">;

/** SDK: `type` "Valid types are `String`, `StringList` and `SecureString`". */
const TYPES = ["String", "StringList", "SecureString"];

interface Config {
  readonly secretNamePattern: string;
}

export default defineRule<Config>({
  name: "aws-ssm-parameter-require-securestring",
  displayName: "Secret SSM parameters are SecureStrings",
  description: "Every SSM parameter whose name marks it as a secret uses `type: SecureString`, so SSM stores it encrypted with KMS.",
  duty: "encryption-at-rest",
  severity: "high",
  resourceTypes: [AWS.ssmParameter],
  remediation: 'Set `type: "SecureString"` on the parameter.',
  why: "anyone who can read parameters can read the secret in plain text",
  controls: { nist: ["SC-28"] },
  problems: { "secret-in-plain-text": "a parameter whose name marks it as a secret is not a SecureString" },
  options: {
    secretNamePattern: {
      type: "string",
      description: "A case-insensitive regular expression; parameters whose name matches it hold secrets.",
      default: "password|passwd|secret|token|api[-_]?key|private[-_]?key|credential",
    },
  },
  check(parameter, ctx) {
    const { type } = parameter.props as Parameter;
    // A SecureString is encrypted with KMS whatever the key (the AWS-managed alias/aws/ssm when `keyId`
    // is unset); which key is key management, judged by aws-ssm-parameter-require-kms-key.
    if (type === "SecureString") return pass;
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
    return fail(`The parameter's name marks it as a secret but it is stored in plain text: ${actual}`, {
      code: "secret-in-plain-text",
    });
  },
});
