import type { SecretRotationArgs } from "@pulumi/aws/secretsmanager";
import { StackIndex } from "../../core/joins";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";

type SecretRotation = Pick<SecretRotationArgs, "rotationEnabled">;

export default defineStackRule({
  name: "aws-secretsmanager-secret-enable-rotation",
  displayName: "Secrets rotate automatically",
  description:
    "Every Secrets Manager secret has an `aws.secretsmanager.SecretRotation` whose `secretId` refers to it and that is not disabled.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AWS.secretsmanagerSecret, AWS.secretsmanagerSecretRotation],
  remediation:
    "Add an `aws.secretsmanager.SecretRotation` with `secretId` set to the secret's ARN, a `rotationLambdaArn` and `rotationRules: { automaticallyAfterDays: 30 }`.",
  why: "a leaked credential stays valid until someone remembers to change it",
  controls: { nist: ["IA-5(1)", "SC-12"], pciDss: ["8.3.9"], securityHub: ["SecretsManager.1"] },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const rotated = new Set<string>();
    const disabled = new Set<string>();
    for (const rotation of index.ofType([AWS.secretsmanagerSecretRotation])) {
      const secret = index.referenced(rotation, "secretId", [AWS.secretsmanagerSecret], ["arn"]);
      if (secret === undefined) continue;
      if ((rotation.props as SecretRotation).rotationEnabled === false) disabled.add(secret.urn);
      else rotated.add(secret.urn);
    }
    const violations: StackViolation[] = [];
    for (const secret of index.ofType([AWS.secretsmanagerSecret])) {
      if (rotated.has(secret.urn)) continue;
      violations.push({
        resource: secret,
        actual: disabled.has(secret.urn)
          ? "The secret does not rotate: its SecretRotation has `rotationEnabled` false"
          : "The secret does not rotate: no SecretRotation's `secretId` refers to it",
      });
    }
    return violations;
  },
});
