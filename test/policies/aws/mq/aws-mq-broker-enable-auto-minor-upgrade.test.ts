import rule from "../../../../policies/aws/mq/aws-mq-broker-enable-auto-minor-upgrade";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const broker = (props: Record<string, unknown>) =>
  resource(AWS.mqBroker, "events", {
    brokerName: "events",
    engineType: "ActiveMQ",
    engineVersion: "5.18",
    hostInstanceType: "mq.t3.micro",
    ...props,
  });

describeRule(rule, {
  compliant: [{ title: "broker with autoMinorVersionUpgrade true", resources: [broker({ autoMinorVersionUpgrade: true })] }],
  violating: [
    {
      title: "broker with autoMinorVersionUpgrade false",
      resources: [broker({ autoMinorVersionUpgrade: false })],
      codes: ["auto-upgrade-off"],
    },
    { title: "broker with the flag unset (the SDK states no default)", resources: [broker({})], codes: ["auto-upgrade-unset"] },
    {
      title: "the message says the SDK states no default",
      resources: [broker({})],
      problems: [
        "The broker does not say whether AWS applies new minor engine versions: `autoMinorVersionUpgrade` is not set and the SDK states no default",
      ],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "broker whose flag is computed", resources: [broker({ autoMinorVersionUpgrade: UNKNOWN.boolean })] }],
});
