import type { AnalyzerArgs } from "@pulumi/aws/accessanalyzer";
import { defineStackRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { checkAccountControl } from "../support/account-control";

type Analyzer = Pick<AnalyzerArgs, "type">;

/** The analyzer types that find external access (accessanalyzer/analyzer.d.ts `type`). */
const EXTERNAL = new Set(["ACCOUNT", "ORGANIZATION"]);

export default defineStackRule({
  name: "aws-accessanalyzer-account-enable-analyzer",
  displayName: "IAM Access Analyzer looks for external access in every account and region the stack deploys to",
  description:
    "For each AWS account and region the stack deploys into, the stack declares an IAM Access Analyzer of type `ACCOUNT` (the default) or `ORGANIZATION`, unless the responsibility map says Access Analyzer is managed centrally there.",
  duty: "threat-detection",
  severity: "medium",
  resourceTypes: [AWS.accessanalyzerAnalyzer],
  remediation:
    'Declare `new aws.accessanalyzer.Analyzer("external", { analyzerName: "external" })` (type `ACCOUNT`, or `ORGANIZATION` in the delegated administrator) in each account and region, or list the account under `settings.centrallyManaged` (control `access-analyzer`) in the responsibility map when an organisation analyzer in a landing-zone stack covers it.',
  why: "buckets, keys, roles and queues shared outside the account or organisation go unnoticed",
  controls: {
    nist: ["AC-6", "CA-7"],
    pciDss: ["10.4.1"],
    iso27001: ["A.8.16"],
    cis: ["AWS 1.20"],
    securityHub: ["IAM.28"],
  },
  problems: {
    "not-declared":
      "the stack deploys to an account and region with no IAM Access Analyzer, and the map does not say Access Analyzer is managed centrally there",
    "not-external": "the region's only analyzers look for unused or internal access, not external access",
  },
  checkStack(resources, ctx) {
    return checkAccountControl(resources, ctx, {
      control: "access-analyzer",
      types: [AWS.accessanalyzerAnalyzer],
      regional: true,
      title: "IAM Access Analyzer",
      missing: "IAM Access Analyzer (`aws.accessanalyzer.Analyzer`)",
      judge: (analyzer) => {
        // accessanalyzer/analyzer.d.ts: `type` "Valid values are `ACCOUNT`, `ACCOUNT_INTERNAL_ACCESS`,
        // `ACCOUNT_UNUSED_ACCESS`, `ORGANIZATION`, ... Defaults to `ACCOUNT`."
        const type = (analyzer.props as Analyzer).type;
        if (type === undefined || type === null || (typeof type === "string" && EXTERNAL.has(type))) return [];
        return [
          {
            code: "not-external",
            resource: analyzer,
            subject: "type",
            actual: `No analyzer looks for external access here: the analyzer's \`type\` is ${typeof type === "string" && /^[A-Z_]{1,40}$/.test(type) ? type : "not ACCOUNT or ORGANIZATION"}`,
            fix: "Add an analyzer with `type` unset (ACCOUNT) or `ORGANIZATION` beside it.",
          },
        ];
      },
    });
  },
});
