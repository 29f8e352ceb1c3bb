import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { AUTO_UPGRADE_PROBLEMS, judgeAutoUpgrade } from "../support/auto-upgrade";

export default defineRule({
  name: "aws-mq-broker-enable-auto-minor-upgrade",
  displayName: "Amazon MQ brokers take minor engine upgrades automatically",
  description:
    "Every Amazon MQ broker sets `autoMinorVersionUpgrade` to true, so AWS upgrades it to new minor engine versions as they are released.",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.mqBroker],
  remediation: "Set `autoMinorVersionUpgrade` to true on the broker.",
  why: "security fixes to the broker engine ship as minor versions, which the broker then never receives",
  controls: { nist: ["SI-2"], pciDss: ["6.3.3"], iso27001: ["A.8.8"], securityHub: ["MQ.3"] },
  problems: {
    "auto-upgrade-off": AUTO_UPGRADE_PROBLEMS["auto-upgrade-off"],
    "auto-upgrade-unset": AUTO_UPGRADE_PROBLEMS["auto-upgrade-unset"],
  },
  check: judgeAutoUpgrade,
});
