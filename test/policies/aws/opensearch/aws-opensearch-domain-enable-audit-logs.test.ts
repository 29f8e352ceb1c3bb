import rule from "../../../../policies/aws/opensearch/aws-opensearch-domain-enable-audit-logs";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

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
      problems: [
        "The domain does not publish AUDIT_LOGS: no `logPublishingOptions` entry has `logType` AUDIT_LOGS",
        "The domain does not publish ES_APPLICATION_LOGS: no `logPublishingOptions` entry has `logType` ES_APPLICATION_LOGS",
      ],
    },
    {
      title: "Elasticsearch domain with audit logs disabled",
      resources: [domain([{ ...AUDIT, enabled: false }, APP], AWS.elasticsearchDomain)],
      problems: ["The domain does not publish AUDIT_LOGS: its `logPublishingOptions` entry has `enabled` false"],
    },
  ],
  notApplicable: [
    {
      title: "domain where the map puts OpenSearch logging on the provider's side",
      resources: [domain(undefined)],
      map: mapWithScope("logging", {
        provider: "aws",
        resourceTypes: ["aws:opensearch/*"],
        side: "provider",
        note: "Public catalogue data.",
      }),
      reason:
        "The responsibility map puts logging and monitoring for aws:opensearch/domain:Domain on the provider's side: Public catalogue data.",
    },
  ],
  unknown: [
    { title: "domain whose log options are computed", resources: [domain(UNKNOWN.array)] },
    { title: "domain whose log type is computed", resources: [domain([{ ...AUDIT, logType: UNKNOWN.string }, APP])] },
  ],
});
