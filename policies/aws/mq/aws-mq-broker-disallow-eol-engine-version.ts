import type { BrokerArgs } from "@pulumi/aws/mq";
import { defineRule, notApplicable } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { ENGINE_VERSION_PROBLEMS, judgeEngineVersion } from "../support/engine-version";

type Broker = Pick<BrokerArgs, "engineType" | "engineVersion">;

interface Config {
  readonly allowedVersions: readonly string[];
}

export default defineRule<Config>({
  name: "aws-mq-broker-disallow-eol-engine-version",
  displayName: "Amazon MQ brokers run an engine version AWS still supports",
  description:
    "Every Amazon MQ broker runs an ActiveMQ or RabbitMQ release before its Amazon MQ end-of-support date in the pack's lifecycle table.",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.mqBroker],
  remediation: "Upgrade `engineVersion` to a supported release (ActiveMQ 5.18 or later, RabbitMQ 3.13 or later).",
  why: "past its end of support the engine gets no fixes, and Amazon MQ upgrades the broker in a maintenance window of its own choosing",
  controls: { nist: ["SI-2", "SA-22"], pciDss: ["6.3.3"], iso27001: ["A.8.8"] },
  options: {
    allowedVersions: {
      type: "array",
      description: "Releases (`5.17`) accepted even after their end-of-support date (an approved, time-boxed exception).",
      default: [],
      items: { type: "string" },
      uniqueItems: true,
    },
  },
  problems: { ...ENGINE_VERSION_PROBLEMS },
  check(broker, ctx) {
    // SDK: `engineType` "Valid values are `ActiveMQ` and `RabbitMQ`."; `engineVersion` "Version of the broker engine." (both required)
    const { engineType, engineVersion } = broker.props as Broker;
    if (typeof engineVersion !== "string") return notApplicable("The broker names no `engineVersion`");
    const type = typeof engineType === "string" ? engineType.toLowerCase() : "";
    const product = type === "activemq" ? "mqActiveMq" : type === "rabbitmq" ? "mqRabbitMq" : undefined;
    if (product === undefined) return notApplicable("The broker's `engineType` is neither ActiveMQ nor RabbitMQ");
    return judgeEngineVersion({
      product,
      engine: product === "mqActiveMq" ? "ActiveMQ" : "RabbitMQ",
      noun: "broker",
      version: engineVersion,
      now: ctx.now,
      allowed: ctx.config.allowedVersions,
    });
  },
});
