import rule from "../../../../policies/aws/accessanalyzer/aws-accessanalyzer-account-enable-analyzer";
import { AWS } from "../../../../policies/core/tokens";
import { centralMap, inAccount, inRegion } from "../../../support/aws-placement";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const queue = resource(AWS.sqsQueue, "app", {});
const analyzer = (props: Record<string, unknown> = {}, extra = {}, name = "external") =>
  resource(AWS.accessanalyzerAnalyzer, name, { analyzerName: name, ...props }, extra);

describeRule(rule, {
  compliant: [
    { title: "analyzer with type unset (defaults to ACCOUNT)", resources: [queue, analyzer()] },
    { title: "analyzer of type ORGANIZATION", resources: [queue, analyzer({ type: "ORGANIZATION" })] },
    {
      title: "an unused-access analyzer next to an ACCOUNT analyzer",
      resources: [queue, analyzer({ type: "ACCOUNT_UNUSED_ACCESS" }, {}, "unused"), analyzer({ type: "ACCOUNT" })],
    },
    {
      title: "queues in two regions, each with its analyzer",
      resources: [
        resource(AWS.sqsQueue, "eu", {}, inRegion("eu-west-1")),
        resource(AWS.sqsQueue, "us", {}, inRegion("us-east-1")),
        analyzer({}, inRegion("eu-west-1")),
        analyzer({}, inRegion("us-east-1"), "external-us"),
      ],
    },
  ],
  violating: [
    { title: "stack with a queue and no analyzer", resources: [queue], codes: ["not-declared"] },
    {
      title: "only an ACCOUNT_UNUSED_ACCESS analyzer",
      resources: [queue, analyzer({ type: "ACCOUNT_UNUSED_ACCESS" }, {}, "unused")],
      codes: ["not-external"],
    },
    {
      title: "queue in a second region that has no analyzer",
      resources: [resource(AWS.sqsQueue, "us", {}, inRegion("us-east-1")), analyzer({}, inRegion("eu-west-1"))],
      codes: ["not-declared"],
    },
    {
      title: "queue in an account the map does not list as central",
      resources: [resource(AWS.sqsQueue, "app", {}, inAccount("999999999999"))],
      map: centralMap(["access-analyzer"], ["210987654321"]),
      codes: ["not-declared"],
    },
  ],
  notApplicable: [
    {
      title: "map manages Access Analyzer centrally for all accounts",
      resources: [queue],
      map: centralMap(["access-analyzer"], "all"),
      reason:
        "The responsibility map says IAM Access Analyzer is managed centrally in northwind/landing-zone/prod by Tomas Novak for every account: Set by the landing zone.",
    },
    {
      title: "stack without AWS resources",
      resources: [resource("azure-native:storage:StorageAccount", "data", {})],
      reason: "The stack has no AWS resources, so IAM Access Analyzer is not expected of it.",
    },
    {
      title: "map puts Access Analyzer on the provider's side",
      resources: [queue],
      map: mapWithScope("threat-detection", {
        provider: "aws",
        resourceTypes: ["aws:accessanalyzer/*"],
        side: "provider",
        note: "The MSSP runs the analyzers.",
      }),
      reason: "The responsibility map puts IAM Access Analyzer outside this stack: The MSSP runs the analyzers.",
    },
  ],
  unknown: [{ title: "analyzer whose type is computed", resources: [queue, analyzer({ type: UNKNOWN.string })], undecided: ["external"] }],
});
