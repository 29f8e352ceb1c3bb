import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { AUTO_UPGRADE_PROBLEMS, judgeAutoUpgrade } from "../support/auto-upgrade";

export default defineRule({
  name: "aws-redshift-cluster-enable-version-upgrade",
  displayName: "Redshift clusters take engine upgrades automatically",
  description: "Every Redshift cluster lets AWS apply new engine versions in its maintenance window (`allowVersionUpgrade` not false).",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.redshiftCluster],
  remediation: "Leave `allowVersionUpgrade` unset or set it to true.",
  why: "security fixes to the warehouse engine ship as new versions, which the cluster then never receives",
  controls: { nist: ["SI-2"], pciDss: ["6.3.3"], iso27001: ["A.8.8"], securityHub: ["Redshift.6"] },
  problems: { "auto-upgrade-off": AUTO_UPGRADE_PROBLEMS["auto-upgrade-off"] },
  check: judgeAutoUpgrade,
});
