import type { SecretVersionArgs } from "@pulumi/aws/secretsmanager";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Version = Pick<SecretVersionArgs, "secretString" | "secretStringWo" | "secretStringWoVersion">;

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "";
}

export default defineRule({
  name: "aws-secretsmanager-secretversion-require-write-only-value",
  displayName: "Secret values are written write-only",
  description:
    "Every Secrets Manager secret version written by the program passes its text as the write-only `secretStringWo`, not as `secretString`, which the provider keeps in the Pulumi state.",
  duty: "secrets-hygiene",
  severity: "medium",
  resourceTypes: [AWS.secretsmanagerSecretVersion],
  remediation:
    "Pass the value as `secretStringWo` with a `secretStringWoVersion` (bump it to write a new value) instead of `secretString`; better still, let the service generate and rotate it (`manageMasterUserPassword`, a rotation function).",
  why: "a secret kept in the state is readable by everyone who can export the stack, and lives in every state backup, outside Secrets Manager's access control and audit",
  controls: { nist: ["IA-5(7)"], pciDss: ["8.6.2"], iso27001: ["A.5.17"] },
  problems: { "secret-in-state": "the secret's text is passed as `secretString`, which is kept in the Pulumi state (advisory)" },
  check(version) {
    // The value is read (a generated one is unknown during preview) but never shown.
    const { secretString, secretStringWo, secretStringWoVersion } = version.props as Version;
    // SDK SecretVersion: `secretString` "Text data that you want to encrypt and store in this version of the
    // secret"; `secretStringWo` "write-only and its value will not be updated in state".
    if (isSet(secretString)) {
      return fail("The secret's text is kept in the Pulumi state: `secretString` is set instead of the write-only `secretStringWo`", {
        code: "secret-in-state",
        advisory: true,
      });
    }
    // Deployed state does not keep `secretStringWo`, only its required `secretStringWoVersion`: either proves it.
    if (typeof secretStringWoVersion === "number" || isSet(secretStringWo)) return pass;
    // `secretBinary` has no write-only twin in the SDK, so it is not judged.
    return notApplicable("The version sets no secret text (`secretString` / `secretStringWo`)");
  },
});
