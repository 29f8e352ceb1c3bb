import rule from "../../../../policies/aws/securityhub/aws-securityhub-account-enable-standards";
import { AWS } from "../../../../policies/core/tokens";
import { centralMap, inAccount, inRegion } from "../../../support/aws-placement";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const queue = resource(AWS.sqsQueue, "orders", {});
const hub = (props: Record<string, unknown> = {}, extra = {}, name = "hub") =>
  resource(AWS.securityhubAccount, name, { enableDefaultStandards: true, autoEnableControls: true, ...props }, extra);
const FSBP = "arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0";
const CIS3 = "arn:aws:securityhub:eu-west-1::standards/cis-aws-foundations-benchmark/v/3.0.0";
const TAGGING = "arn:aws:securityhub:eu-west-1::standards/aws-resource-tagging-standard/v/1.0.0";
const subscription = (standardsArn: unknown, name = "baseline") => resource(AWS.securityhubStandardsSubscription, name, { standardsArn });

describeRule(rule, {
  compliant: [
    { title: "Security Hub account with default standards on", resources: [queue, hub()] },
    {
      title: "account with enableDefaultStandards and autoEnableControls unset (both default to true)",
      resources: [queue, hub({ enableDefaultStandards: undefined, autoEnableControls: undefined })],
    },
    {
      title: "default standards off and an FSBP subscription",
      resources: [queue, hub({ enableDefaultStandards: false }), subscription(FSBP)],
    },
    {
      title: "default standards off and a CIS 3.0 subscription",
      resources: [queue, hub({ enableDefaultStandards: false }), subscription(CIS3)],
    },
    {
      title: "queues in two regions, each with its Security Hub account",
      resources: [
        resource(AWS.sqsQueue, "eu", {}, inRegion("eu-west-1")),
        resource(AWS.sqsQueue, "us", {}, inRegion("us-east-1")),
        hub({}, inRegion("eu-west-1")),
        hub({}, inRegion("us-east-1"), "hub-us"),
      ],
    },
  ],
  violating: [
    { title: "stack with a queue and no Security Hub account", resources: [queue], codes: ["not-declared"] },
    {
      title: "default standards off and only the tagging standard subscribed",
      resources: [queue, hub({ enableDefaultStandards: false }), subscription(TAGGING)],
      codes: ["no-standards"],
    },
    { title: "autoEnableControls=false", resources: [queue, hub({ autoEnableControls: false })], codes: ["auto-enable-off"] },
    {
      title: "default standards off with no subscription and autoEnableControls=false",
      resources: [queue, hub({ enableDefaultStandards: false, autoEnableControls: false })],
      codes: ["no-standards", "auto-enable-off"],
    },
    {
      title: "default standards off in an account the map manages centrally is still reported",
      resources: [queue, hub({ enableDefaultStandards: false })],
      map: centralMap(["security-hub"], "all"),
      codes: ["no-standards"],
    },
    {
      title: "queue in an account the map does not list as central",
      resources: [resource(AWS.sqsQueue, "orders", {}, inAccount("999999999999"))],
      map: centralMap(["security-hub"], ["210987654321"]),
      codes: ["not-declared"],
    },
  ],
  notApplicable: [
    {
      title: "map manages Security Hub centrally for all accounts",
      resources: [queue],
      map: centralMap(["security-hub"], "all"),
      reason:
        "The responsibility map says Security Hub is managed centrally in northwind/landing-zone/prod by Tomas Novak for every account: Set by the landing zone.",
    },
    {
      title: "stack without AWS resources",
      resources: [resource("azure-native:storage:StorageAccount", "data", {})],
      reason: "The stack has no AWS resources, so Security Hub is not expected of it.",
    },
    {
      title: "map puts Security Hub on the provider's side",
      resources: [queue],
      map: mapWithScope("threat-detection", {
        provider: "aws",
        resourceTypes: ["aws:securityhub/*"],
        side: "provider",
        note: "The MSSP runs Security Hub.",
      }),
      reason: "The responsibility map puts Security Hub outside this stack: The MSSP runs Security Hub.",
    },
  ],
  unknown: [
    {
      title: "account whose autoEnableControls flag is computed",
      resources: [queue, hub({ autoEnableControls: UNKNOWN.boolean })],
      undecided: ["hub"],
    },
    {
      title: "default standards off and a subscription whose standard is computed",
      resources: [queue, hub({ enableDefaultStandards: false }), subscription(UNKNOWN.string)],
      undecided: ["hub"],
    },
  ],
});
