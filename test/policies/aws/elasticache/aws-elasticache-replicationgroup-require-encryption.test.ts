import rule from "../../../../policies/aws/elasticache/aws-elasticache-replicationgroup-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const group = (props: Record<string, unknown>) =>
  resource(AWS.elasticacheReplicationGroup, "cache", {
    description: "cache",
    engine: "redis",
    atRestEncryptionEnabled: true,
    transitEncryptionEnabled: true,
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "Redis group with both encryptions on", resources: [group({})] },
    {
      title: "deployed: group whose state shows transitEncryptionMode required",
      resources: [group({ transitEncryptionMode: "required", authTokenWoVersion: 1 })],
    },
    {
      title: "group with at-rest encryption off where the map puts in-transit encryption for ElastiCache on the provider's side",
      resources: [group({ transitEncryptionEnabled: false })],
      map: mapWithScope("encryption-in-transit", {
        provider: "aws",
        resourceTypes: ["aws:elasticache/*"],
        side: "provider",
        note: "Private link only.",
      }),
    },
    {
      title: "Valkey group with atRestEncryptionEnabled unset (defaults to true)",
      resources: [group({ engine: "valkey", atRestEncryptionEnabled: undefined })],
    },
  ],
  violating: [
    {
      title: "group with atRestEncryptionEnabled=false",
      resources: [group({ atRestEncryptionEnabled: false })],
      problems: ["The replication group stores data unencrypted: `atRestEncryptionEnabled` is false"],
    },
    {
      title: "Redis group with both flags unset",
      resources: [group({ engine: undefined, atRestEncryptionEnabled: undefined, transitEncryptionEnabled: undefined })],
      problems: [
        "The replication group stores data unencrypted: `atRestEncryptionEnabled` is not set (it defaults to false for Redis)",
        "The replication group accepts unencrypted connections: `transitEncryptionEnabled` is not set (it defaults to false)",
      ],
      duties: ["encryption-at-rest", "encryption-in-transit"],
    },
    {
      title: "group with transit encryption in `preferred` mode (clients may still connect without TLS)",
      resources: [group({ transitEncryptionMode: "preferred" })],
      problems: ['The replication group still accepts unencrypted connections: `transitEncryptionMode` is "preferred"'],
      duties: ["encryption-in-transit"],
    },
    {
      title: "group with transitEncryptionEnabled=false",
      resources: [group({ transitEncryptionEnabled: false })],
      problems: ["The replication group accepts unencrypted connections: `transitEncryptionEnabled` is false"],
      duties: ["encryption-in-transit"],
    },
  ],
  notApplicable: [
    {
      title: "group where the map puts ElastiCache encryption on the provider's side",
      resources: [group({ atRestEncryptionEnabled: false })],
      map: mapWithScope("encryption-at-rest", {
        provider: "aws",
        resourceTypes: ["aws:elasticache/*"],
        side: "provider",
        note: "Session cache only.",
      }),
      reason:
        "The responsibility map puts encryption at rest for aws:elasticache/replicationGroup:ReplicationGroup on the provider's side: Session cache only.",
    },
  ],
  unknown: [
    { title: "group whose at-rest flag is computed", resources: [group({ atRestEncryptionEnabled: UNKNOWN.boolean })] },
    { title: "group whose transit flag is computed", resources: [group({ transitEncryptionEnabled: UNKNOWN.boolean })] },
  ],
});
