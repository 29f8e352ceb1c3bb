import type { ClusterArgs, ParameterGroupArgs } from "@pulumi/aws/redshift";
import { StackIndex } from "../../core/joins";
import { isRecord } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";

type Cluster = Pick<ClusterArgs, "clusterParameterGroupName">;
type ParameterGroup = Pick<ParameterGroupArgs, "parameters">;

function requiresSsl(group: ParameterGroup): boolean {
  const { parameters } = group;
  if (!Array.isArray(parameters)) return false;
  return parameters.some((p) => isRecord(p) && p["name"] === "require_ssl" && String(p["value"]).toLowerCase() === "true");
}

export default defineStackRule({
  name: "aws-redshift-cluster-require-tls",
  displayName: "Redshift clusters require TLS",
  description: "Every Redshift cluster uses a parameter group, declared in the stack, that sets `require_ssl` to true.",
  duty: "encryption-in-transit",
  severity: "medium",
  resourceTypes: [AWS.redshiftCluster, AWS.redshiftParameterGroup],
  remediation:
    'Attach an `aws.redshift.ParameterGroup` with `parameters: [{ name: "require_ssl", value: "true" }]` through the cluster\'s `clusterParameterGroupName`.',
  why: "database clients can connect and move query results over unencrypted connections",
  controls: { nist: ["SC-8"], pciDss: ["4.2.1"], securityHub: ["Redshift.2"] },
  problems: {
    "ssl-not-required": "the cluster's parameter group does not set `require_ssl` to true",
    "default-group": "the cluster uses the default parameter group, where `require_ssl` is false",
    "group-undeclared": "the cluster names a parameter group the stack does not declare",
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    // Each cluster on its own: one whose group name or group setting is unknown at preview is
    // undecided, and the others are still judged.
    return judgeEach(index.ofType([AWS.redshiftCluster]), (cluster): StackViolation[] | undefined => {
      const group = index.referenced(cluster, "clusterParameterGroupName", [AWS.redshiftParameterGroup], ["name"]);
      if (group) {
        if (requiresSsl(group.props as ParameterGroup)) return undefined;
        return [
          {
            code: "ssl-not-required",
            resource: cluster,
            actual: "The cluster accepts connections without TLS: its parameter group does not set `require_ssl` to true",
          },
        ];
      }
      const { clusterParameterGroupName: name } = cluster.props as Cluster;
      if (typeof name !== "string" || name === "" || name.startsWith("default.")) {
        return [
          {
            code: "default-group",
            resource: cluster,
            actual: "The cluster accepts connections without TLS: it uses the default parameter group, where `require_ssl` is false",
          },
        ];
      }
      return [
        {
          code: "group-undeclared",
          resource: cluster,
          actual:
            "The cluster's TLS setting cannot be confirmed: `clusterParameterGroupName` names a parameter group the stack does not declare",
        },
      ];
    });
  },
});
