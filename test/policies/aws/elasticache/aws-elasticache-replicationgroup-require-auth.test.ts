import rule from "../../../../policies/aws/elasticache/aws-elasticache-replicationgroup-require-auth";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, secret, UNKNOWN } from "../../../support/rules";

const group = (props: Record<string, unknown>) =>
  resource(AWS.elasticacheReplicationGroup, "cache", {
    description: "cache",
    transitEncryptionEnabled: true,
    userGroupIds: ["app-users"],
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "group with an RBAC user group", resources: [group({})] },
    {
      title: "group with a secret authToken",
      resources: [group({ userGroupIds: undefined, authToken: secret("s3cr3t-token-value-0123") })],
    },
    {
      title: "preview: group with a write-only authTokenWo and its version",
      resources: [group({ userGroupIds: undefined, authTokenWo: secret("s3cr3t-token-value-0123"), authTokenWoVersion: 1 })],
    },
    {
      title: "preview: group whose write-only token comes from a generated password (unknown) with a literal version",
      resources: [group({ userGroupIds: undefined, authTokenWo: UNKNOWN.string, authTokenWoVersion: 1 })],
    },
    {
      title: "deployed: group created with authTokenWo, whose state keeps only authTokenWoVersion",
      resources: [group({ userGroupIds: [], authTokenWoVersion: 2, authTokenUpdateStrategy: "ROTATE" })],
    },
  ],
  violating: [
    { title: "group without user groups or token", resources: [group({ userGroupIds: undefined })], codes: ["auth-missing"] },
    { title: "group with an empty user-group list", resources: [group({ userGroupIds: [] })], codes: ["auth-missing"] },
    {
      title: "deployed: group with no token, whose state shows authTokenWo and its version empty",
      resources: [group({ userGroupIds: [], authToken: null, authTokenWo: null, authTokenWoVersion: null })],
      codes: ["auth-missing"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "group whose user groups are computed", resources: [group({ userGroupIds: UNKNOWN.array })] },
    { title: "group whose token is computed", resources: [group({ userGroupIds: undefined, authToken: UNKNOWN.string })] },
  ],
});
