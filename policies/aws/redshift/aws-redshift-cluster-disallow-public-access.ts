import type { ClusterArgs } from "@pulumi/aws/redshift";
import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { publicAccessViolations } from "../support/exposure";

type Cluster = Pick<ClusterArgs, "publiclyAccessible">;

export default defineRule({
  name: "aws-redshift-cluster-disallow-public-access",
  displayName: "Redshift clusters are not publicly accessible",
  description: "No Redshift cluster sets `publiclyAccessible` to true.",
  duty: "network-exposure",
  severity: "high",
  resourceTypes: [AWS.redshiftCluster],
  remediation: "Set `publiclyAccessible: false` and reach the cluster from inside the VPC.",
  why: "a warehouse with a public address can be reached by anyone on the internet, leaving only its password in the way",
  controls: { nist: ["AC-3", "SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.20", "A.8.22"], securityHub: ["Redshift.1"] },
  problems: { "publicly-accessible": "the cluster has a public address (`publiclyAccessible` true)" },
  check(cluster) {
    // SDK: `publiclyAccessible` "If true, the cluster can be accessed from a public network. Default is `false`."
    const { publiclyAccessible } = cluster.props as Cluster;
    return publicAccessViolations(publiclyAccessible, "cluster", false);
  },
});
