import type { TrailArgs } from "@pulumi/aws/cloudtrail";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Trail = Pick<TrailArgs, "enableLogFileValidation">;

export default defineRule({
  name: "aws-cloudtrail-trail-require-log-validation",
  displayName: "CloudTrail trails validate their log files",
  description: "Every CloudTrail trail sets `enableLogFileValidation` to true.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [AWS.cloudtrailTrail],
  remediation: "Set `enableLogFileValidation: true` on the trail.",
  why: "someone who can write to the log bucket can alter or delete log files without detection",
  controls: {
    nist: ["AU-9"],
    pciDss: ["10.3.2", "10.3.3", "10.3.4"],
    iso27001: ["A.8.15"],
    cis: ["AWS 3.2"],
    securityHub: ["CloudTrail.4"],
  },
  problems: { "validation-off": "`enableLogFileValidation` is false or unset (it defaults to false)" },
  check(trail) {
    // cloudtrail/trail.d.ts: `enableLogFileValidation` "Defaults to `false`".
    const { enableLogFileValidation } = trail.props as Trail;
    if (enableLogFileValidation === true) return pass;
    return fail(
      enableLogFileValidation === false
        ? "The trail does not validate its log files: `enableLogFileValidation` is false"
        : "The trail does not validate its log files: `enableLogFileValidation` is not set (it defaults to false)",
      { code: "validation-off" },
    );
  },
});
