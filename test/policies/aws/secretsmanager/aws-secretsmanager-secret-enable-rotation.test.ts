import rule from "../../../../policies/aws/secretsmanager/aws-secretsmanager-secret-enable-rotation";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN, urnOf } from "../../../support/rules";

const ARN = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-password-AbCdEf";
const secretResource = (extra = {}) => resource(AWS.secretsmanagerSecret, "db-password", {}, extra);
const rotation = (props: Record<string, unknown> = {}) =>
  resource(
    AWS.secretsmanagerSecretRotation,
    "db-password-rotation",
    {
      secretId: ARN,
      rotationLambdaArn: "arn:aws:lambda:eu-west-1:111122223333:function:rotate",
      rotationRules: { automaticallyAfterDays: 30 },
      ...props,
    },
    { propertyDependencies: { secretId: [urnOf(AWS.secretsmanagerSecret, "db-password")] } },
  );
const deployedRotation = (secretId: string) =>
  resource(AWS.secretsmanagerSecretRotation, "rotation", { secretId, rotationEnabled: true }, { id: secretId });

const NO_ROTATION = "The secret does not rotate: no SecretRotation's `secretId` refers to it";

describeRule(rule, {
  compliant: [
    { title: "secret with a SecretRotation depending on it", resources: [secretResource(), rotation()] },
    { title: "deployed secret whose SecretRotation names its ARN", resources: [secretResource({ id: ARN }), deployedRotation(ARN)] },
  ],
  violating: [
    { title: "secret without rotation", resources: [secretResource()], problems: [NO_ROTATION] },
    {
      title: "secret whose rotation has rotationEnabled=false",
      resources: [secretResource(), rotation({ rotationEnabled: false })],
      problems: ["The secret does not rotate: its SecretRotation has `rotationEnabled` false"],
    },
    {
      title: "deployed secret whose rotation names another secret",
      resources: [secretResource({ id: ARN }), deployedRotation(`${ARN}-other`)],
      problems: [NO_ROTATION],
    },
  ],
  notApplicable: [
    {
      title: "secret where the map puts rotation on the provider's side",
      resources: [secretResource()],
      map: mapWithScope("key-management", {
        provider: "aws",
        resourceTypes: ["aws:secretsmanager/*"],
        side: "provider",
        note: "Third-party API keys rotated by the vendor.",
      }),
      reason:
        "The responsibility map puts key management for aws:secretsmanager/secret:Secret on the provider's side: Third-party API keys rotated by the vendor.",
    },
  ],
  unknown: [
    { title: "rotation whose enabled flag is computed", resources: [secretResource(), rotation({ rotationEnabled: UNKNOWN.boolean })] },
  ],
});
