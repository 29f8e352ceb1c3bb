import type { SecretRotationArgs } from "@pulumi/aws/secretsmanager";
import { StackIndex } from "../../core/joins";
import { defineStackRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";

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
  problems: {
    "no-rotation": "no SecretRotation refers to the secret",
    "rotation-disabled": "the secret's SecretRotation has `rotationEnabled` false",
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    // Whether each SecretRotation is on; one whose secret or flag is unknown at preview leaves the
    // secrets it may rotate undecided, and the others are still judged.
    const rotations = new Siblings(
      index.ofType([AWS.secretsmanagerSecretRotation]),
      (rotation) => index.referenced(rotation, "secretId", [AWS.secretsmanagerSecret], ["arn"]),
      (rotation) => (rotation.props as SecretRotation).rotationEnabled !== false,
    );
    return judgeEach(index.ofType([AWS.secretsmanagerSecret]), (secret) => {
      if (rotations.some(secret, (enabled) => enabled)) return undefined;
      rotations.settle(secret);
      const disabled = rotations.of(secret).length > 0;
      return [
        {
          code: disabled ? "rotation-disabled" : "no-rotation",
          resource: secret,
          actual: disabled
            ? "The secret does not rotate: its SecretRotation has `rotationEnabled` false"
            : "The secret does not rotate: no SecretRotation's `secretId` refers to it",
        },
      ];
    });
  },
});
