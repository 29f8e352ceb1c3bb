import rule from "../../../../policies/aws/docdb/aws-docdb-cluster-disallow-eol-engine-version";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

// The tests' clock is 2026-11-23 (test/support/rules.ts NOW).
const cluster = (props: Record<string, unknown>) => resource(AWS.docdbCluster, "reviews", { engineVersion: "5.0.0", ...props });

describeRule(rule, {
  compliant: [
    { title: "DocumentDB 5.0.0 (no end of support announced)", resources: [cluster({})] },
    { title: "DocumentDB 4.0.0", resources: [cluster({ engineVersion: "4.0.0" })] },
    {
      title: "3.6 accepted by the allowedVersions option",
      resources: [cluster({ engineVersion: "3.6.0" })],
      config: { allowedVersions: ["3.6"] },
    },
  ],
  violating: [
    {
      title: "DocumentDB 3.6.0 (standard support ended 2026-03-30)",
      resources: [cluster({ engineVersion: "3.6.0" })],
      codes: ["eol-engine-version"],
    },
    {
      title: "the message names the version and its end date",
      resources: [cluster({ engineVersion: "3.6.0" })],
      problems: [
        "The cluster runs DocumentDB 3.6, past its end of support on 2026-03-31 (Amazon DocumentDB engine version (end of standard support))",
      ],
    },
  ],
  notApplicable: [
    {
      title: "cluster with no engineVersion",
      resources: [cluster({ engineVersion: undefined })],
      reason: "The cluster names no `engineVersion`",
    },
  ],
  unknown: [{ title: "cluster whose version is computed", resources: [cluster({ engineVersion: UNKNOWN.string })] }],
});
