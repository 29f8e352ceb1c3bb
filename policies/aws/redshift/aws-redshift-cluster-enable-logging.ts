import { StackIndex } from "../../core/joins";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";

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
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const logged = new Set<string>();
    for (const logging of index.ofType([AWS.redshiftLogging])) {
      const cluster = index.referenced(logging, "clusterIdentifier", [AWS.redshiftCluster], ["clusterIdentifier"]);
      if (cluster) logged.add(cluster.urn);
    }
    const violations: StackViolation[] = [];
    for (const cluster of index.ofType([AWS.redshiftCluster])) {
      if (!logged.has(cluster.urn)) {
        violations.push({
          resource: cluster,
          actual: "The cluster has no audit logging: no `aws.redshift.Logging` resource's `clusterIdentifier` refers to it",
        });
      }
    }
    return violations;
  },
});
