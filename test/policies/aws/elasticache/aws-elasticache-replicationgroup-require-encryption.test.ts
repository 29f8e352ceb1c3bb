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
    },
    {
      title: "group with transitEncryptionEnabled=false",
      resources: [group({ transitEncryptionEnabled: false })],
      problems: ["The replication group accepts unencrypted connections: `transitEncryptionEnabled` is false"],
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
