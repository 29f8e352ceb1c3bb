import type { DomainArgs as ElasticsearchDomainArgs } from "@pulumi/aws/elasticsearch";
import type { DomainArgs } from "@pulumi/aws/opensearch";
import { valueClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Domain = Pick<DomainArgs | ElasticsearchDomainArgs, "encryptAtRest" | "nodeToNodeEncryption" | "domainEndpointOptions">;

const TLS12_POLICIES = new Set(["Policy-Min-TLS-1-2-2019-07", "Policy-Min-TLS-1-2-PFS-2023-10"]);
const TLS_POLICIES = ["Policy-Min-TLS-1-0-2019-07", ...TLS12_POLICIES];

function flagState(block: unknown, flag: string): string {
  if (!isRecord(block)) return "is not set";
  const value = block[flag];
  return value === undefined ? "is not set" : valueClause(value, ["true", "false"], "boolean");
}

export default defineRule({
  name: "aws-opensearch-domain-require-encryption",
  displayName: "OpenSearch domains encrypt data at rest and in transit",
  description:
    "Every OpenSearch or Elasticsearch domain enables `encryptAtRest` and `nodeToNodeEncryption`, keeps `domainEndpointOptions.enforceHttps` on and sets a TLS 1.2 `tlsSecurityPolicy`.",
  duty: "encryption-at-rest",
  findingDuties: ["encryption-in-transit"],
  severity: "high",
  resourceTypes: [AWS.opensearchDomain, AWS.elasticsearchDomain],
  remediation:
    'Set `encryptAtRest: { enabled: true }`, `nodeToNodeEncryption: { enabled: true }` and `domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" }` on the domain.',
  why: "indexed documents can be read from the domain's storage or from traffic between clients and nodes",
  controls: {
    nist: ["SC-8", "SC-28"],
    pciDss: ["3.5.1", "4.2.1"],
    securityHub: ["OpenSearch.1", "OpenSearch.3", "OpenSearch.8", "ES.1", "ES.3", "ES.8"],
  },
  problems: {
    "at-rest-disabled": "the domain stores data unencrypted (`encryptAtRest.enabled` not true)",
    "node-to-node-disabled": "nodes of the domain talk unencrypted (`nodeToNodeEncryption.enabled` not true)",
    "https-not-enforced": "the domain accepts plain HTTP (`domainEndpointOptions.enforceHttps` false)",
    "tls-policy-unset": "the domain does not pin TLS 1.2 (`domainEndpointOptions.tlsSecurityPolicy` unset)",
    "tls-below-1-2": "`domainEndpointOptions.tlsSecurityPolicy` accepts TLS older than 1.2",
  },
  check(domain) {
    const props = domain.props as Domain;
    const violations: Violation[] = [];
    // SDK: "If the `encryptAtRest` block is not provided then this defaults to `false`" (same for `nodeToNodeEncryption`).
    const atRest = props.encryptAtRest;
    if (!isRecord(atRest) || atRest["enabled"] !== true) {
      violations.push({
        code: "at-rest-disabled",
        subject: "encryptAtRest",
        actual: `The domain stores data unencrypted: \`encryptAtRest.enabled\` ${flagState(atRest, "enabled")}`,
        fix: "Set `encryptAtRest: { enabled: true }` (with `kmsKeyId` for a customer-managed key).",
      });
    }
    // Node-to-node, HTTPS and TLS-policy findings belong to encryption in transit, with its own accountable person.
    const nodeToNode = props.nodeToNodeEncryption;
    if (!isRecord(nodeToNode) || nodeToNode["enabled"] !== true) {
      violations.push({
        code: "node-to-node-disabled",
        subject: "nodeToNodeEncryption",
        duty: "encryption-in-transit",
        actual: `Nodes of the domain talk unencrypted: \`nodeToNodeEncryption.enabled\` ${flagState(nodeToNode, "enabled")}`,
        fix: "Set `nodeToNodeEncryption: { enabled: true }`.",
      });
    }
    const endpoint = props.domainEndpointOptions;
    // SDK: `enforceHttps` "Defaults to `true`", so only an explicit false fails.
    if (isRecord(endpoint) && endpoint["enforceHttps"] === false) {
      violations.push({
        code: "https-not-enforced",
        subject: "enforceHttps",
        duty: "encryption-in-transit",
        actual: "The domain accepts plain HTTP: `domainEndpointOptions.enforceHttps` is false",
        fix: "Set `domainEndpointOptions.enforceHttps: true`.",
      });
    }
    // SDK valid values: `Policy-Min-TLS-1-0-2019-07`, `Policy-Min-TLS-1-2-2019-07`, `Policy-Min-TLS-1-2-PFS-2023-10`;
    // neither the SDK nor the OpenSearch API reference (DomainEndpointOptions) documents a default, so unset fails.
    const policy = isRecord(endpoint) ? endpoint["tlsSecurityPolicy"] : undefined;
    if (typeof policy !== "string" || !TLS12_POLICIES.has(policy)) {
      violations.push({
        code: policy === undefined ? "tls-policy-unset" : "tls-below-1-2",
        subject: "tlsSecurityPolicy",
        duty: "encryption-in-transit",
        actual:
          policy === undefined
            ? "The domain does not pin TLS 1.2: `domainEndpointOptions.tlsSecurityPolicy` is not set"
            : `The domain accepts TLS older than 1.2: \`domainEndpointOptions.tlsSecurityPolicy\` ${valueClause(policy, TLS_POLICIES, "TLS security policy")}`,
        fix: 'Set `domainEndpointOptions.tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10"`.',
      });
    }
    return violations;
  },
});
