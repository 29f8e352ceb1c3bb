import { StackIndex } from "../../core/joins";
import { defineStackRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";

export default defineStackRule({
  name: "aws-redshift-cluster-enable-logging",
  displayName: "Redshift clusters have audit logging",
  description: "Every Redshift cluster has an `aws.redshift.Logging` resource whose `clusterIdentifier` refers to it.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [AWS.redshiftCluster, AWS.redshiftLogging],
  remediation:
    'Add an `aws.redshift.Logging` with `clusterIdentifier` set to the cluster\'s `clusterIdentifier` and `logDestinationType: "cloudwatch"` with `logExports: ["connectionlog", "useractivitylog", "userlog"]` (or an S3 `bucketName`).',
  why: "connections and queries against the warehouse leave no record for investigations",
  controls: { nist: ["AU-2"], pciDss: ["10.2.1"], securityHub: ["Redshift.4"] },
  problems: { "no-logging": "no `aws.redshift.Logging` resource refers to the cluster" },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    // Each cluster on its own: a Logging whose cluster is unknown at preview leaves the clusters without one undecided.
    const loggings = new Siblings(
      index.ofType([AWS.redshiftLogging]),
      (logging) => index.referenced(logging, "clusterIdentifier", [AWS.redshiftCluster], ["clusterIdentifier"]),
      () => true,
    );
    return judgeEach(index.ofType([AWS.redshiftCluster]), (cluster) => {
      if (loggings.of(cluster).length > 0) return undefined;
      loggings.settle(cluster);
      return [
        {
          code: "no-logging",
          resource: cluster,
          actual: "The cluster has no audit logging: no `aws.redshift.Logging` resource's `clusterIdentifier` refers to it",
        },
      ];
    });
  },
});
