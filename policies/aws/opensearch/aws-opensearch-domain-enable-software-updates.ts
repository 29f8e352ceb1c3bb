import type { DomainArgs } from "@pulumi/aws/opensearch";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Domain = Pick<DomainArgs, "softwareUpdateOptions">;
interface SoftwareUpdateOptions {
  readonly autoSoftwareUpdateEnabled?: unknown;
}

export default defineRule({
  name: "aws-opensearch-domain-enable-software-updates",
  displayName: "OpenSearch domains take service software updates automatically",
  description:
    "Every OpenSearch domain sets `softwareUpdateOptions.autoSoftwareUpdateEnabled` to true, and no domain is declared as `aws.elasticsearch.Domain`, which cannot turn the updates on.",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.opensearchDomain, AWS.elasticsearchDomain],
  remediation:
    'Set `softwareUpdateOptions: { autoSoftwareUpdateEnabled: true }` on an `aws.opensearch.Domain` (declare an Elasticsearch domain with `aws.opensearch.Domain` and `engineVersion: "Elasticsearch_x.y"`).',
  why: "service software updates carry the domain's security fixes, and without them they wait until AWS forces them",
  controls: { nist: ["SI-2"], pciDss: ["6.3.3"], iso27001: ["A.8.8"], securityHub: ["OpenSearch.10"] },
  problems: {
    "software-updates-off": "`softwareUpdateOptions.autoSoftwareUpdateEnabled` is false or unset (it defaults to false)",
    "legacy-resource": "the domain is an `aws.elasticsearch.Domain`, whose SDK resource has no `softwareUpdateOptions`",
  },
  check(domain) {
    if (domain.type === AWS.elasticsearchDomain) {
      // The SDK's elasticsearch `DomainArgs` has no `softwareUpdateOptions`; `aws.opensearch.Domain` manages the same domains.
      return fail("The domain is declared as `aws.elasticsearch.Domain`, which cannot turn on automatic service software updates", {
        code: "legacy-resource",
        fix: 'Declare the domain as `aws.opensearch.Domain` (with `engineVersion: "Elasticsearch_x.y"`) and set `softwareUpdateOptions.autoSoftwareUpdateEnabled` to true.',
        advisory: true,
      });
    }
    // SDK: `autoSoftwareUpdateEnabled` "Whether automatic service software updates are enabled for the domain. Defaults to `false`."
    const { softwareUpdateOptions: options } = domain.props as Domain;
    const enabled = (options as SoftwareUpdateOptions | undefined)?.autoSoftwareUpdateEnabled;
    if (enabled === true) return pass;
    const how = enabled === false ? "is false" : "is not set (it defaults to false)";
    return fail(`The domain waits for service software updates to be forced: \`softwareUpdateOptions.autoSoftwareUpdateEnabled\` ${how}`, {
      code: "software-updates-off",
      fix: "Set `softwareUpdateOptions.autoSoftwareUpdateEnabled` to true.",
    });
  },
});
