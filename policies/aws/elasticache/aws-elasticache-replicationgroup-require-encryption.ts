import type { ReplicationGroupArgs } from "@pulumi/aws/elasticache";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";

type ReplicationGroup = Pick<ReplicationGroupArgs, "atRestEncryptionEnabled" | "transitEncryptionEnabled" | "engine">;

export default defineRule({
  name: "aws-elasticache-replicationgroup-require-encryption",
  displayName: "ElastiCache replication groups encrypt at rest and in transit",
  description: "Every ElastiCache replication group has `atRestEncryptionEnabled` and `transitEncryptionEnabled` true.",
  duty: "encryption-at-rest",
  severity: "high",
  resourceTypes: [AWS.elasticacheReplicationGroup],
  remediation: "Set `atRestEncryptionEnabled: true` and `transitEncryptionEnabled: true` on the replication group.",
  why: "cached data can be read from backups and disks, or from traffic between clients and nodes",
  controls: { nist: ["SC-8", "SC-28"], securityHub: ["ElastiCache.4", "ElastiCache.5"] },
  check(group) {
    const props = group.props as ReplicationGroup;
    const violations: Violation[] = [];
    const atRest = props.atRestEncryptionEnabled;
    if (atRest !== true) {
      // Unset means true for valkey and false for redis (the default engine).
      const engine = atRest === undefined ? props.engine : undefined;
      if (!(atRest === undefined && engine === "valkey")) {
        violations.push({
          subject: "atRestEncryptionEnabled",
          actual:
            atRest === false
              ? "The replication group stores data unencrypted: `atRestEncryptionEnabled` is false"
              : "The replication group stores data unencrypted: `atRestEncryptionEnabled` is not set (it defaults to false for Redis)",
          fix: "Set `atRestEncryptionEnabled: true`.",
        });
      }
    }
    const inTransit = props.transitEncryptionEnabled;
    if (inTransit !== true) {
      violations.push({
        subject: "transitEncryptionEnabled",
        actual:
          inTransit === false
            ? "The replication group accepts unencrypted connections: `transitEncryptionEnabled` is false"
            : "The replication group accepts unencrypted connections: `transitEncryptionEnabled` is not set (it defaults to false)",
        fix: "Set `transitEncryptionEnabled: true`.",
      });
    }
    return violations;
  },
});
