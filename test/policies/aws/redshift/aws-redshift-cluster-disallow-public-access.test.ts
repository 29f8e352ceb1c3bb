import rule from "../../../../policies/aws/redshift/aws-redshift-cluster-disallow-public-access";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const cluster = (props: Record<string, unknown> = {}) =>
  resource(AWS.redshiftCluster, "warehouse", { clusterIdentifier: "warehouse", nodeType: "ra3.xlplus", ...props });

describeRule(rule, {
  compliant: [
    { title: "cluster with publiclyAccessible=false", resources: [cluster({ publiclyAccessible: false })] },
    { title: "cluster leaving publiclyAccessible unset (default false)", resources: [cluster()] },
  ],
  violating: [
    { title: "cluster with publiclyAccessible=true", resources: [cluster({ publiclyAccessible: true })], codes: ["publicly-accessible"] },
  ],
  notApplicable: [
    {
      title: "cluster where the map puts network exposure on the provider's side",
      resources: [cluster({ publiclyAccessible: true })],
      map: mapWithScope("network-exposure", {
        provider: "aws",
        resourceTypes: ["aws:redshift/*"],
        side: "provider",
        note: "Isolated subnets only.",
      }),
      reason: /Isolated subnets only\.$/,
    },
  ],
  unknown: [{ title: "cluster whose publiclyAccessible is computed", resources: [cluster({ publiclyAccessible: UNKNOWN.boolean })] }],
});
