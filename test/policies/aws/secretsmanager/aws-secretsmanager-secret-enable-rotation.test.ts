import rule from "../../../../policies/aws/secretsmanager/aws-secretsmanager-secret-enable-rotation";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

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

describeRule(rule, {
  compliant: [
    { title: "secret with a SecretRotation depending on it", resources: [secretResource(), rotation()] },
    { title: "deployed secret whose SecretRotation names its ARN", resources: [secretResource({ id: ARN }), deployedRotation(ARN)] },
  ],
  violating: [
    {
      title: "secret without rotation next to a secret whose rotation flag is computed",
      resources: [secretResource(), rotation({ rotationEnabled: UNKNOWN.boolean }), resource(AWS.secretsmanagerSecret, "api-key", {})],
      codes: ["no-rotation"],
      undecided: ["db-password"],
    },
    { title: "secret without rotation", resources: [secretResource()], codes: ["no-rotation"] },
    {
      title: "secret whose rotation has rotationEnabled=false",
      resources: [secretResource(), rotation({ rotationEnabled: false })],
      codes: ["rotation-disabled"],
    },
    {
      title: "deployed secret whose rotation names another secret",
      resources: [secretResource({ id: ARN }), deployedRotation(`${ARN}-other`)],
      codes: ["no-rotation"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "rotation whose enabled flag is computed",
      resources: [secretResource(), rotation({ rotationEnabled: UNKNOWN.boolean })],
      undecided: ["db-password"],
    },
    {
      title: "rotation whose secret is computed without a dependency",
      resources: [secretResource(), resource(AWS.secretsmanagerSecretRotation, "rotation", { secretId: UNKNOWN.string })],
      undecided: ["db-password"],
    },
  ],
});
