import rule from "../../../../policies/aws/opensearch/aws-opensearch-domain-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

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
      problems: [
        "The domain stores data unencrypted: `encryptAtRest.enabled` is not a recognised boolean",
        "Nodes of the domain talk unencrypted: `nodeToNodeEncryption.enabled` is not a recognised boolean",
        "The domain accepts TLS older than 1.2: `domainEndpointOptions.tlsSecurityPolicy` is not a recognised TLS security policy",
      ],
      duties: ["encryption-at-rest", "encryption-in-transit", "encryption-in-transit"],
    },
    {
      title: "OpenSearch domain with encryptAtRest.enabled=false",
      resources: [domain({ encryptAtRest: { enabled: false } })],
      problems: ["The domain stores data unencrypted: `encryptAtRest.enabled` is false"],
    },
    {
      title: "Elasticsearch domain without encryptAtRest and nodeToNodeEncryption",
      resources: [domain({ encryptAtRest: undefined, nodeToNodeEncryption: undefined }, AWS.elasticsearchDomain)],
      problems: [
        "The domain stores data unencrypted: `encryptAtRest.enabled` is not set",
        "Nodes of the domain talk unencrypted: `nodeToNodeEncryption.enabled` is not set",
      ],
    },
    {
      title: "OpenSearch domain with enforceHttps=false and a TLS 1.0 policy",
      resources: [domain({ domainEndpointOptions: { enforceHttps: false, tlsSecurityPolicy: "Policy-Min-TLS-1-0-2019-07" } })],
      problems: [
        "The domain accepts plain HTTP: `domainEndpointOptions.enforceHttps` is false",
        'The domain accepts TLS older than 1.2: `domainEndpointOptions.tlsSecurityPolicy` is "Policy-Min-TLS-1-0-2019-07"',
      ],
      duties: ["encryption-in-transit", "encryption-in-transit"],
    },
    {
      title: "OpenSearch domain without domainEndpointOptions",
      resources: [domain({ domainEndpointOptions: undefined })],
      problems: ["The domain does not pin TLS 1.2: `domainEndpointOptions.tlsSecurityPolicy` is not set"],
    },
  ],
  notApplicable: [
    {
      title: "domain where the map puts OpenSearch encryption on the provider's side",
      resources: [domain({ encryptAtRest: { enabled: false } }, AWS.elasticsearchDomain)],
      map: mapWithScope("encryption-at-rest", {
        provider: "aws",
        resourceTypes: ["aws:elasticsearch/*"],
        side: "provider",
        note: "Legacy domain scheduled for deletion.",
      }),
      reason:
        "The responsibility map puts encryption at rest for aws:elasticsearch/domain:Domain on the provider's side: Legacy domain scheduled for deletion.",
    },
  ],
  unknown: [
    { title: "domain whose at-rest flag is computed", resources: [domain({ encryptAtRest: { enabled: UNKNOWN.boolean } })] },
    {
      title: "domain whose endpoint options are computed",
      resources: [domain({ domainEndpointOptions: UNKNOWN.object }, AWS.elasticsearchDomain)],
    },
  ],
});
