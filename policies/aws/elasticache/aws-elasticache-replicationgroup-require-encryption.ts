import type { ReplicationGroupArgs } from "@pulumi/aws/elasticache";
import { valueClause } from "../../core/message";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";

type ReplicationGroup = Pick<
  ReplicationGroupArgs,
  "atRestEncryptionEnabled" | "transitEncryptionEnabled" | "transitEncryptionMode" | "engine"
>;

const TRANSIT_MODES = ["preferred", "required"];

export default defineRule({
  name: "aws-elasticache-replicationgroup-require-encryption",
  displayName: "ElastiCache replication groups encrypt at rest and in transit",
  description:
    "Every ElastiCache replication group has `atRestEncryptionEnabled` and `transitEncryptionEnabled` true, and does not let clients connect without TLS (`transitEncryptionMode` is not `preferred`).",
  duty: "encryption-at-rest",
  findingDuties: ["encryption-in-transit"],
  severity: "high",
  resourceTypes: [AWS.elasticacheReplicationGroup],
  remediation: "Set `atRestEncryptionEnabled: true` and `transitEncryptionEnabled: true` on the replication group.",
  why: "cached data can be read from backups and disks, or from traffic between clients and nodes",
  controls: { nist: ["SC-8", "SC-28"], securityHub: ["ElastiCache.4", "ElastiCache.5"] },
  problems: {
    "at-rest-disabled": "the group stores data unencrypted (`atRestEncryptionEnabled` false or unset for Redis)",
    "transit-disabled": "the group accepts unencrypted connections (`transitEncryptionEnabled` false or unset)",
    "transit-optional": "the group still lets clients connect without TLS (`transitEncryptionMode` not `required`)",
  },
  check(group) {
    const props = group.props as ReplicationGroup;
    const violations: Violation[] = [];
    const atRest = props.atRestEncryptionEnabled;
    if (atRest !== true) {
      // SDK: "When `engine` is `redis`, default is `false`. When `engine` is `valkey`, default is `true`"; engine "Default is `redis`".
      const engine = atRest === undefined ? props.engine : undefined;
      if (!(atRest === undefined && engine === "valkey")) {
        violations.push({
          code: "at-rest-disabled",
          subject: "atRestEncryptionEnabled",
          actual:
            atRest === false
              ? "The replication group stores data unencrypted: `atRestEncryptionEnabled` is false"
              : "The replication group stores data unencrypted: `atRestEncryptionEnabled` is not set (it defaults to false for Redis)",
          why: "cached data can be read from the group's disks and backups",
          fix: "Set `atRestEncryptionEnabled: true`.",
        });
      }
    }
    // The in-transit checks are a duty of their own, with their own accountable person.
    const inTransit = props.transitEncryptionEnabled;
    if (inTransit !== true) {
      // CreateReplicationGroup API, TransitEncryptionEnabled: "Default: false" (the SDK states none).
      violations.push({
        code: "transit-disabled",
        subject: "transitEncryptionEnabled",
        duty: "encryption-in-transit",
        actual:
          inTransit === false
            ? "The replication group accepts unencrypted connections: `transitEncryptionEnabled` is false"
            : "The replication group accepts unencrypted connections: `transitEncryptionEnabled` is not set (it defaults to false)",
        why: "traffic between clients and nodes can be read on the network",
        fix: "Set `transitEncryptionEnabled: true`.",
      });
    } else {
      // SDK: `transitEncryptionMode` "Valid values are `preferred` and `required`"; `preferred` lets
      // clients connect without TLS while they migrate (CreateReplicationGroup API). Unset means required.
      const mode = props.transitEncryptionMode;
      if (mode !== undefined && mode !== null && mode !== "required") {
        violations.push({
          code: "transit-optional",
          subject: "transitEncryptionMode",
          duty: "encryption-in-transit",
          actual: `The replication group still accepts unencrypted connections: \`transitEncryptionMode\` ${valueClause(mode, TRANSIT_MODES, "transit encryption mode")}`,
          why: "clients that do not use TLS still connect, and their traffic can be read on the network",
          fix: 'Set `transitEncryptionMode: "required"` once every client uses TLS.',
        });
      }
    }
    return violations;
  },
});
