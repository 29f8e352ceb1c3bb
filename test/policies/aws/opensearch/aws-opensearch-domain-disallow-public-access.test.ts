import rule from "../../../../policies/aws/opensearch/aws-opensearch-domain-disallow-public-access";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const OPEN = { Effect: "Allow", Principal: { AWS: "*" }, Action: "es:*", Resource: "arn:aws:es:eu-west-1:111122223333:domain/search/*" };
const doc = (...statements: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const domain = (props: Record<string, unknown>, type: string = AWS.opensearchDomain) =>
  resource(type, "search", { engineVersion: "OpenSearch_2.13", ...props });
const VPC = { subnetIds: ["subnet-1"], securityGroupIds: ["sg-1"] };

describeRule(rule, {
  compliant: [
    { title: "domain in a VPC with an open access policy", resources: [domain({ vpcOptions: VPC, accessPolicies: doc(OPEN) })] },
    {
      title: "public domain whose policy names a role",
      resources: [domain({ accessPolicies: doc({ ...OPEN, Principal: { AWS: "arn:aws:iam::111122223333:role/search" } }) })],
    },
    {
      title: "public domain whose open policy is narrowed by aws:SourceIp",
      resources: [domain({ accessPolicies: doc({ ...OPEN, Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } } }) })],
    },
    { title: "public Elasticsearch domain without an access policy", resources: [domain({}, AWS.elasticsearchDomain)] },
  ],
  violating: [
    { title: "public domain with an open access policy", resources: [domain({ accessPolicies: doc(OPEN) })], codes: ["public-statement"] },
    {
      title: "Elasticsearch domain with empty subnetIds and an open policy object",
      resources: [
        domain({ vpcOptions: { subnetIds: [] }, accessPolicies: { Statement: [{ ...OPEN, Principal: "*" }] } }, AWS.elasticsearchDomain),
      ],
      codes: ["public-statement"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "domain whose subnets are computed",
      resources: [domain({ vpcOptions: { subnetIds: UNKNOWN.array }, accessPolicies: doc(OPEN) })],
    },
    { title: "public domain whose access policy is computed", resources: [domain({ accessPolicies: UNKNOWN.string })] },
  ],
});
