import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { AUTO_UPGRADE_PROBLEMS, judgeAutoUpgrade } from "../support/auto-upgrade";

export default defineRule({
  name: "aws-dms-replicationinstance-enable-auto-minor-upgrade",
  displayName: "DMS replication instances take minor engine upgrades automatically",
  description:
    "Every DMS replication instance sets `autoMinorVersionUpgrade` to true, so AWS applies minor engine versions in its maintenance window.",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.dmsReplicationInstance],
  remediation: "Set `autoMinorVersionUpgrade` to true on the replication instance.",
  why: "security fixes to the replication engine ship as minor versions, which the instance then never receives",
  controls: { nist: ["SI-2"], pciDss: ["6.3.3"], iso27001: ["A.8.8"], securityHub: ["DMS.6"] },
  problems: {
    "auto-upgrade-off": AUTO_UPGRADE_PROBLEMS["auto-upgrade-off"],
    "auto-upgrade-unset": AUTO_UPGRADE_PROBLEMS["auto-upgrade-unset"],
  },
  check: judgeAutoUpgrade,
});
