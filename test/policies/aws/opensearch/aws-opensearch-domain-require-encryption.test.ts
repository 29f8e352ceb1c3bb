import { describe, expect, it } from "vitest";
import rule from "../../../../policies/aws/opensearch/aws-opensearch-domain-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, run, UNKNOWN } from "../../../support/rules";

const ENDPOINT = { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" };
const domain = (props: Record<string, unknown>, type: string = AWS.opensearchDomain) =>
  resource(type, "search", {
    encryptAtRest: { enabled: true },
    nodeToNodeEncryption: { enabled: true },
    domainEndpointOptions: ENDPOINT,
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "OpenSearch domain with every encryption on", resources: [domain({})] },
    {
      title: "Elasticsearch domain with every encryption on and enforceHttps left at its default",
      resources: [domain({ domainEndpointOptions: { tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" } }, AWS.elasticsearchDomain)],
    },
  ],
  violating: [
    {
      title: "domain with secret encryption flags and TLS policy that are no known values",
      resources: [
        domain({
          encryptAtRest: { enabled: canary() },
          nodeToNodeEncryption: { enabled: canary("true") },
          domainEndpointOptions: { ...ENDPOINT, tlsSecurityPolicy: canary("Policy-Min-TLS-1-2-PFS-2023-10") },
        }),
      ],
      codes: ["at-rest-disabled", "node-to-node-disabled", "tls-below-1-2"],
      duties: ["encryption-at-rest", "encryption-in-transit", "encryption-in-transit"],
    },
    {
      title: "OpenSearch domain with encryptAtRest.enabled=false",
      resources: [domain({ encryptAtRest: { enabled: false } })],
      codes: ["at-rest-disabled"],
    },
    {
      title: "Elasticsearch domain without encryptAtRest and nodeToNodeEncryption",
      resources: [domain({ encryptAtRest: undefined, nodeToNodeEncryption: undefined }, AWS.elasticsearchDomain)],
      codes: ["at-rest-disabled", "node-to-node-disabled"],
    },
    {
      title: "OpenSearch domain with enforceHttps=false and a TLS 1.0 policy",
      resources: [domain({ domainEndpointOptions: { enforceHttps: false, tlsSecurityPolicy: "Policy-Min-TLS-1-0-2019-07" } })],
      codes: ["https-not-enforced", "tls-below-1-2"],
      duties: ["encryption-in-transit", "encryption-in-transit"],
    },
    {
      title: "OpenSearch domain without domainEndpointOptions",
      resources: [domain({ domainEndpointOptions: undefined })],
      codes: ["tls-policy-unset"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "domain whose at-rest flag is computed", resources: [domain({ encryptAtRest: { enabled: UNKNOWN.boolean } })] },
    {
      title: "domain whose endpoint options are computed",
      resources: [domain({ domainEndpointOptions: UNKNOWN.object }, AWS.elasticsearchDomain)],
    },
  ],
});

describe("aws-opensearch-domain-require-encryption wording", () => {
  it("does not claim an unset TLS policy accepts old TLS (no default is documented)", () => {
    const [finding] = run(rule, [domain({ domainEndpointOptions: undefined })]);
    expect(finding?.problem).toContain("does not pin TLS 1.2: `domainEndpointOptions.tlsSecurityPolicy` is not set");
    expect(finding?.problem).not.toContain("older than");
  });
});
