import type { ReplicationGroupArgs } from "@pulumi/aws/elasticache";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type ReplicationGroup = Pick<ReplicationGroupArgs, "authToken" | "authTokenWo" | "authTokenWoVersion" | "userGroupIds">;

/** Present at all: in deployed state a secret token is an opaque (encrypted) value, not a string. */
function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "";
}

export default defineRule({
  name: "aws-elasticache-replicationgroup-require-auth",
  displayName: "ElastiCache replication groups require authentication",
  description:
    "Every ElastiCache replication group requires clients to authenticate, through RBAC `userGroupIds` or an `authToken` (or write-only `authTokenWo`, seen in deployed state as `authTokenWoVersion`).",
  duty: "mfa",
  severity: "high",
  resourceTypes: [AWS.elasticacheReplicationGroup],
  remediation: "Set `userGroupIds` on the replication group to an ElastiCache user group (RBAC), or set `authToken` from a secret.",
  why: "anyone who can reach the endpoint can read and change cached data",
  controls: { nist: ["IA-2"], securityHub: ["ElastiCache.6"] },
  problems: { "auth-missing": "clients connect without authentication (no `userGroupIds` and no `authToken`)" },
  check(group) {
    const props = group.props as ReplicationGroup;
    const { userGroupIds } = props;
    if (Array.isArray(userGroupIds) && userGroupIds.length > 0) return pass;
    if (isSet(props.authToken)) return pass;
    // SDK: `authTokenWo` "is write-only and its value will not be updated in state" and "requires
    // `authTokenWoVersion` to be set", so deployed state shows only the version: a set version proves
    // a token, in both shapes (read first: a token from a generated password is unknown in preview).
    if (typeof props.authTokenWoVersion === "number") return pass;
    if (isSet(props.authTokenWo)) return pass;
    return fail(
      "The replication group accepts clients without authentication: neither `userGroupIds` nor `authToken` (or `authTokenWo`) is set",
      { code: "auth-missing" },
    );
  },
});
