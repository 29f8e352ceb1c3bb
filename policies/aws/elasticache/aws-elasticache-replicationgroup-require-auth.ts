import type { ReplicationGroupArgs } from "@pulumi/aws/elasticache";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type ReplicationGroup = Pick<ReplicationGroupArgs, "authToken" | "authTokenWo" | "userGroupIds">;

/** Present at all: in deployed state a secret token is an opaque (encrypted) value, not a string. */
function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "";
}

export default defineRule({
  name: "aws-elasticache-replicationgroup-require-auth",
  displayName: "ElastiCache replication groups require authentication",
  description: "Every ElastiCache replication group requires clients to authenticate, through RBAC `userGroupIds` or an `authToken`.",
  duty: "mfa",
  severity: "high",
  resourceTypes: [AWS.elasticacheReplicationGroup],
  remediation: "Set `userGroupIds` on the replication group to an ElastiCache user group (RBAC), or set `authToken` from a secret.",
  why: "anyone who can reach the endpoint can read and change cached data",
  controls: { nist: ["IA-2"], securityHub: ["ElastiCache.6"] },
  check(group) {
    const props = group.props as ReplicationGroup;
    const { userGroupIds } = props;
    if (Array.isArray(userGroupIds) && userGroupIds.length > 0) return pass;
    if (isSet(props.authToken) || isSet(props.authTokenWo)) return pass;
    return fail("The replication group accepts clients without authentication: neither `userGroupIds` nor `authToken` is set");
  },
});
