import rule from "../../../../policies/aws/opensearch/aws-opensearch-domain-enable-audit-logs";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const GROUP = "arn:aws:logs:eu-west-1:111122223333:log-group:search";
const AUDIT = { logType: "AUDIT_LOGS", cloudwatchLogGroupArn: GROUP };
const APP = { logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: GROUP, enabled: true };
const domain = (logPublishingOptions: unknown, type: string = AWS.opensearchDomain) => resource(type, "search", { logPublishingOptions });

describeRule(rule, {
  compliant: [
    { title: "OpenSearch domain publishing audit and application logs", resources: [domain([AUDIT, APP])] },
    { title: "Elasticsearch domain publishing audit and application logs", resources: [domain([APP, AUDIT], AWS.elasticsearchDomain)] },
    {
      title: "domain publishing application logs when only those are required",
      resources: [domain([APP])],
      config: { requiredLogTypes: ["ES_APPLICATION_LOGS"] },
    },
  ],
  violating: [
    {
      title: "domain without logPublishingOptions (one finding per log type)",
      resources: [domain(undefined)],
      codes: ["log-type-not-published", "log-type-not-published"],
    },
    {
      title: "Elasticsearch domain with audit logs disabled",
      resources: [domain([{ ...AUDIT, enabled: false }, APP], AWS.elasticsearchDomain)],
      codes: ["log-type-not-published"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "domain whose log options are computed", resources: [domain(UNKNOWN.array)] },
    { title: "domain whose log type is computed", resources: [domain([{ ...AUDIT, logType: UNKNOWN.string }, APP])] },
  ],
});
