import rule from "../../../../policies/aws/redshift/aws-redshift-cluster-require-tls";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

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
      title: "cluster on the default group next to a cluster whose group's require_ssl is computed",
      resources: [
        cluster("tls-only", dependsOnGroup),
        params(UNKNOWN.string),
        resource(AWS.redshiftCluster, "staging", { clusterIdentifier: "staging", nodeType: "ra3.xlplus" }),
      ],
      codes: ["default-group"],
      undecided: ["warehouse"],
    },
    {
      title: "cluster attached to a group with require_ssl=false",
      resources: [cluster("tls-only", dependsOnGroup), params("false")],
      codes: ["ssl-not-required"],
    },
    {
      title: "deployed cluster naming a group without require_ssl=true",
      resources: [cluster("tls-only", { id: "warehouse" }), params("false", { id: "tls-only" })],
      codes: ["ssl-not-required"],
    },
    {
      title: "cluster without a parameter group",
      resources: [cluster(undefined)],
      codes: ["default-group"],
    },
    {
      title: "cluster on default.redshift-1.0",
      resources: [cluster("default.redshift-1.0")],
      codes: ["default-group"],
    },
    {
      title: "cluster naming a parameter group outside the stack",
      resources: [cluster("shared-params")],
      codes: ["group-undeclared"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "cluster whose parameter group name is computed without a dependency",
      resources: [cluster(UNKNOWN.string)],
      undecided: ["warehouse"],
    },
    {
      title: "parameter group whose require_ssl value is computed",
      resources: [cluster("tls-only", dependsOnGroup), params(UNKNOWN.string)],
      undecided: ["warehouse"],
    },
  ],
});
