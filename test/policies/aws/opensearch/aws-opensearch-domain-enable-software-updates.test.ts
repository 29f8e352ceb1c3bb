import rule from "../../../../policies/aws/opensearch/aws-opensearch-domain-enable-software-updates";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const domain = (props: Record<string, unknown>) =>
  resource(AWS.opensearchDomain, "search", {
    engineVersion: "OpenSearch_2.17",
    softwareUpdateOptions: { autoSoftwareUpdateEnabled: true },
    ...props,
  });
const legacy = resource(AWS.elasticsearchDomain, "old-search", { elasticsearchVersion: "7.10" });

describeRule(rule, {
  compliant: [{ title: "domain with autoSoftwareUpdateEnabled true", resources: [domain({})] }],
  violating: [
    {
      title: "domain with autoSoftwareUpdateEnabled false",
      resources: [domain({ softwareUpdateOptions: { autoSoftwareUpdateEnabled: false } })],
      codes: ["software-updates-off"],
    },
    {
      title: "domain with no softwareUpdateOptions (defaults to false)",
      resources: [domain({ softwareUpdateOptions: undefined })],
      codes: ["software-updates-off"],
    },
    {
      title: "domain declared as aws.elasticsearch.Domain",
      resources: [legacy],
      codes: ["legacy-resource"],
      levels: ["advisory"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "domain whose update options are computed", resources: [domain({ softwareUpdateOptions: UNKNOWN.object })] },
    {
      title: "domain whose update flag is computed",
      resources: [domain({ softwareUpdateOptions: { autoSoftwareUpdateEnabled: UNKNOWN.boolean } })],
    },
  ],
});
