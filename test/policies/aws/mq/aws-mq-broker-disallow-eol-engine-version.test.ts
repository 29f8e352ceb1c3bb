import rule from "../../../../policies/aws/mq/aws-mq-broker-disallow-eol-engine-version";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

// The tests' clock is 2026-11-23 (test/support/rules.ts NOW).
const broker = (props: Record<string, unknown>) =>
  resource(AWS.mqBroker, "events", {
    brokerName: "events",
    engineType: "ActiveMQ",
    engineVersion: "5.18",
    hostInstanceType: "mq.m5.large",
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "ActiveMQ 5.18 (no end of support announced)", resources: [broker({})] },
    { title: "RabbitMQ 3.13", resources: [broker({ engineType: "RabbitMQ", engineVersion: "3.13" })] },
    { title: "a release the table does not list yet", resources: [broker({ engineVersion: "6.1.0" })] },
    {
      title: "EOL release accepted by the allowedVersions option",
      resources: [broker({ engineVersion: "5.17.6" })],
      config: { allowedVersions: ["5.17"] },
    },
  ],
  violating: [
    { title: "ActiveMQ 5.17.6 (ended 2025-06-16)", resources: [broker({ engineVersion: "5.17.6" })], codes: ["eol-engine-version"] },
    {
      title: "RabbitMQ 3.11.20 (ended 2025-02-17)",
      resources: [broker({ engineType: "RabbitMQ", engineVersion: "3.11.20" })],
      codes: ["eol-engine-version"],
    },
    {
      title: "engine type spelled in capitals, as the API returns it",
      resources: [broker({ engineType: "ACTIVEMQ", engineVersion: "5.16.7" })],
      codes: ["eol-engine-version"],
    },
    {
      title: "the message names the release and its end date",
      resources: [broker({ engineVersion: "5.15.16" })],
      problems: ["The broker runs ActiveMQ 5.15, past its end of support on 2024-09-16 (Amazon MQ for ActiveMQ engine version)"],
    },
  ],
  notApplicable: [
    {
      title: "broker with an engine type the SDK does not list",
      resources: [broker({ engineType: "Kafka" })],
      reason: "The broker's `engineType` is neither ActiveMQ nor RabbitMQ",
    },
  ],
  unknown: [
    { title: "broker whose version is computed", resources: [broker({ engineVersion: UNKNOWN.string })] },
    { title: "broker whose engine type is computed", resources: [broker({ engineType: UNKNOWN.string })] },
  ],
});
