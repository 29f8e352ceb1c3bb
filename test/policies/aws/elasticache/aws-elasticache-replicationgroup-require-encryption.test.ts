import { describe, expect, it } from "vitest";
import rule from "../../../../policies/aws/elasticache/aws-elasticache-replicationgroup-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, run, UNKNOWN } from "../../../support/rules";

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
      codes: ["at-rest-disabled"],
    },
    {
      title: "Redis group with both flags unset",
      resources: [group({ engine: undefined, atRestEncryptionEnabled: undefined, transitEncryptionEnabled: undefined })],
      codes: ["at-rest-disabled", "transit-disabled"],
      duties: ["encryption-at-rest", "encryption-in-transit"],
    },
    {
      title: "group with transit encryption in `preferred` mode (clients may still connect without TLS)",
      resources: [group({ transitEncryptionMode: "preferred" })],
      codes: ["transit-optional"],
      duties: ["encryption-in-transit"],
    },
    {
      title: "group with transitEncryptionEnabled=false",
      resources: [group({ transitEncryptionEnabled: false })],
      codes: ["transit-disabled"],
      duties: ["encryption-in-transit"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "group whose at-rest flag is computed", resources: [group({ atRestEncryptionEnabled: UNKNOWN.boolean })] },
    { title: "group whose transit flag is computed", resources: [group({ transitEncryptionEnabled: UNKNOWN.boolean })] },
  ],
});

describe("aws-elasticache-replicationgroup-require-encryption wording", () => {
  it("says an unset at-rest flag is unset, with its Redis default, rather than claiming it is false", () => {
    const [finding] = run(rule, [group({ atRestEncryptionEnabled: undefined })]);
    expect(finding?.problem).toContain("`atRestEncryptionEnabled` is not set (it defaults to false for Redis)");
  });
});
