import type { DomainArgs as ElasticsearchDomainArgs } from "@pulumi/aws/elasticsearch";
import type { DomainArgs } from "@pulumi/aws/opensearch";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Domain = Pick<DomainArgs | ElasticsearchDomainArgs, "logPublishingOptions">;

interface Config {
  readonly requiredLogTypes: readonly string[];
}

const LOG_TYPES = ["AUDIT_LOGS", "ES_APPLICATION_LOGS", "INDEX_SLOW_LOGS", "SEARCH_SLOW_LOGS"];

export default defineRule<Config>({
  name: "aws-opensearch-domain-enable-audit-logs",
  displayName: "OpenSearch domains publish audit and error logs",
  description:
    "Every OpenSearch or Elasticsearch domain publishes each required log type (by default AUDIT_LOGS and ES_APPLICATION_LOGS) through `logPublishingOptions`.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [AWS.opensearchDomain, AWS.elasticsearchDomain],
  remediation:
    'Add `logPublishingOptions` entries `{ logType: "AUDIT_LOGS", cloudwatchLogGroupArn: <log group ARN> }` and `{ logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: <log group ARN> }` (audit logs also need fine-grained access control).',
  why: "access to indexed data and errors in the domain leave no record for investigations",
  controls: { nist: ["AU-2"], securityHub: ["OpenSearch.4", "OpenSearch.5"] },
  problems: { "log-type-not-published": "a required log type has no `logPublishingOptions` entry, or its entry is disabled" },
  options: {
    requiredLogTypes: {
      type: "array",
      description: "The log types every domain must publish.",
      items: { type: "string", enum: LOG_TYPES },
      uniqueItems: true,
      default: ["AUDIT_LOGS", "ES_APPLICATION_LOGS"],
    },
  },
  check(domain, ctx) {
    const { logPublishingOptions } = domain.props as Domain;
    const published = new Set<string>();
    const disabled = new Set<string>();
    if (Array.isArray(logPublishingOptions)) {
      for (const option of logPublishingOptions) {
        if (!isRecord(option)) continue;
        const { logType } = option;
        if (typeof logType !== "string" || !ctx.config.requiredLogTypes.includes(logType)) continue;
        // `enabled` defaults to true.
        if (option["enabled"] === false) disabled.add(logType);
        else published.add(logType);
      }
    }
    const violations: Violation[] = [];
    for (const logType of ctx.config.requiredLogTypes) {
      if (published.has(logType)) continue;
      violations.push({
        code: "log-type-not-published",
        subject: logType,
        actual: disabled.has(logType)
          ? `The domain does not publish ${logType}: its \`logPublishingOptions\` entry has \`enabled\` false`
          : `The domain does not publish ${logType}: no \`logPublishingOptions\` entry has \`logType\` ${logType}`,
        fix: `Add \`{ logType: "${logType}", cloudwatchLogGroupArn: <log group ARN> }\` to \`logPublishingOptions\`.`,
      });
    }
    return violations;
  },
});
