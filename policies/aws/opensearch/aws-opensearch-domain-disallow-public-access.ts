import type { DomainArgs } from "@pulumi/aws/opensearch";
import { parsePolicy } from "../../core/policy-document";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { allowsPublicUnconditioned } from "../support/exposure";

type Domain = Pick<DomainArgs, "vpcOptions" | "accessPolicies">;

export default defineRule({
  name: "aws-opensearch-domain-disallow-public-access",
  displayName: "OpenSearch domains outside a VPC do not allow everyone",
  description:
    'No OpenSearch or Elasticsearch domain without `vpcOptions.subnetIds` has an `accessPolicies` Allow statement for `Principal: "*"` whose Condition does not narrow the callers (source IP, VPC, organisation, account).',
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AWS.opensearchDomain, AWS.elasticsearchDomain],
  remediation:
    'Place the domain in a VPC (`vpcOptions.subnetIds` and `securityGroupIds`), or name the IAM principals in `accessPolicies` or narrow `"*"` with an `aws:SourceIp` condition.',
  why: "the domain's public endpoint accepts requests from anyone on the internet, leaving only fine-grained access control, if enabled, in the way",
  controls: { nist: ["AC-3", "SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.20"], securityHub: ["OpenSearch.2", "ES.2"] },
  problems: { "public-statement": 'the domain is outside a VPC and an access policy statement allows `Principal: "*"` unconditioned' },
  check(domain) {
    // SDK (opensearch/elasticsearch Domain `vpcOptions`): "Configuration block for VPC related
    // options"; without `subnetIds` the domain has a public endpoint.
    const { vpcOptions } = domain.props as Domain;
    const subnets = isRecord(vpcOptions) ? vpcOptions["subnetIds"] : undefined;
    if (Array.isArray(subnets) && subnets.length > 0) return [];
    // SDK: `accessPolicies` "IAM policy document specifying the access policies for the domain".
    const { accessPolicies } = domain.props as Domain;
    const violations: Violation[] = [];
    parsePolicy(accessPolicies).statements.forEach((statement, i) => {
      if (!allowsPublicUnconditioned(statement)) return;
      violations.push({
        code: "public-statement",
        subject: `accessPolicies.Statement[${i}]`,
        actual: `The domain has a public endpoint (no \`vpcOptions.subnetIds\`) and statement ${i} of its \`accessPolicies\` allows everyone (\`Principal: "*"\`) with no Condition that narrows the callers`,
      });
    });
    return violations;
  },
});
