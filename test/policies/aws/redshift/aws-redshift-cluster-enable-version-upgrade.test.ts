import rule from "../../../../policies/aws/redshift/aws-redshift-cluster-enable-version-upgrade";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const cluster = (props: Record<string, unknown>) =>
  resource(AWS.redshiftCluster, "warehouse", { clusterIdentifier: "warehouse", nodeType: "ra3.xlplus", ...props });

describeRule(rule, {
  compliant: [
    { title: "cluster with allowVersionUpgrade unset (defaults to true)", resources: [cluster({})] },
    { title: "cluster with allowVersionUpgrade true", resources: [cluster({ allowVersionUpgrade: true })] },
  ],
  violating: [
    { title: "cluster with allowVersionUpgrade false", resources: [cluster({ allowVersionUpgrade: false })], codes: ["auto-upgrade-off"] },
  ],
  notApplicable: [],
  unknown: [{ title: "cluster whose flag is computed", resources: [cluster({ allowVersionUpgrade: UNKNOWN.boolean })] }],
});
