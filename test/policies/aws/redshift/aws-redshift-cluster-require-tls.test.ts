import rule from "../../../../policies/aws/redshift/aws-redshift-cluster-require-tls";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN, urnOf } from "../../../support/rules";

const cluster = (clusterParameterGroupName: unknown, extra = {}) =>
  resource(AWS.redshiftCluster, "warehouse", { clusterIdentifier: "warehouse", nodeType: "ra3.xlplus", clusterParameterGroupName }, extra);
const params = (requireSsl: unknown, extra = {}) =>
  resource(
    AWS.redshiftParameterGroup,
    "tls",
    {
      name: "tls-only",
      family: "redshift-1.0",
      parameters: [
        { name: "enable_user_activity_logging", value: "true" },
        { name: "require_ssl", value: requireSsl },
      ],
    },
    extra,
  );
const dependsOnGroup = { propertyDependencies: { clusterParameterGroupName: [urnOf(AWS.redshiftParameterGroup, "tls")] } };

const NOT_REQUIRED = "The cluster accepts connections without TLS: its parameter group does not set `require_ssl` to true";

describeRule(rule, {
  compliant: [
    { title: "cluster attached to a group with require_ssl=true", resources: [cluster("tls-only", dependsOnGroup), params("true")] },
    {
      title: "cluster attached to a group whose name is unknown in preview",
      resources: [cluster(UNKNOWN.string, dependsOnGroup), params("TRUE")],
    },
    {
      title: "deployed cluster naming a group with require_ssl=true",
      resources: [cluster("tls-only", { id: "warehouse" }), params("true", { id: "tls-only" })],
    },
  ],
  violating: [
    {
      title: "cluster attached to a group with require_ssl=false",
      resources: [cluster("tls-only", dependsOnGroup), params("false")],
      problems: [NOT_REQUIRED],
    },
    {
      title: "deployed cluster naming a group without require_ssl=true",
      resources: [cluster("tls-only", { id: "warehouse" }), params("false", { id: "tls-only" })],
      problems: [NOT_REQUIRED],
    },
    {
      title: "cluster without a parameter group",
      resources: [cluster(undefined)],
      problems: ["The cluster accepts connections without TLS: it uses the default parameter group, where `require_ssl` is false"],
    },
    {
      title: "cluster on default.redshift-1.0",
      resources: [cluster("default.redshift-1.0")],
      problems: ["The cluster accepts connections without TLS: it uses the default parameter group, where `require_ssl` is false"],
    },
    {
      title: "cluster naming a parameter group outside the stack",
      resources: [cluster("shared-params")],
      problems: [
        "The cluster's TLS setting cannot be confirmed: `clusterParameterGroupName` names a parameter group the stack does not declare",
      ],
    },
  ],
  notApplicable: [
    {
      title: "cluster where the map puts Redshift transit encryption on the provider's side",
      resources: [cluster(undefined)],
      map: mapWithScope("encryption-in-transit", {
        provider: "aws",
        resourceTypes: ["aws:redshift/*"],
        side: "provider",
        note: "Private VPC only.",
      }),
      reason:
        "The responsibility map puts encryption in transit for aws:redshift/cluster:Cluster on the provider's side: Private VPC only.",
    },
  ],
  unknown: [
    { title: "cluster whose parameter group name is computed without a dependency", resources: [cluster(UNKNOWN.string)] },
    {
      title: "parameter group whose require_ssl value is computed",
      resources: [cluster("tls-only", dependsOnGroup), params(UNKNOWN.string)],
    },
  ],
});
