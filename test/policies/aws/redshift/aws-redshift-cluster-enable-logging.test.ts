import rule from "../../../../policies/aws/redshift/aws-redshift-cluster-enable-logging";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN, urnOf } from "../../../support/rules";

const cluster = (name = "warehouse", extra = {}) =>
  resource(AWS.redshiftCluster, name, { clusterIdentifier: name, nodeType: "ra3.xlplus" }, extra);
const logging = (clusterIdentifier: unknown = "warehouse", dependsOn = "warehouse") =>
  resource(
    AWS.redshiftLogging,
    `${dependsOn}-logging`,
    { clusterIdentifier, logDestinationType: "cloudwatch", logExports: ["connectionlog", "userlog", "useractivitylog"] },
    { propertyDependencies: { clusterIdentifier: [urnOf(AWS.redshiftCluster, dependsOn)] } },
  );
const deployedLogging = (clusterIdentifier: string) =>
  resource(
    AWS.redshiftLogging,
    `logging-${clusterIdentifier}`,
    { clusterIdentifier, logDestinationType: "cloudwatch" },
    { id: clusterIdentifier },
  );

const NO_LOGGING = "The cluster has no audit logging: no `aws.redshift.Logging` resource's `clusterIdentifier` refers to it";

describeRule(rule, {
  compliant: [
    { title: "cluster with a Logging resource depending on it", resources: [cluster(), logging()] },
    { title: "cluster with a Logging resource whose identifier is unknown in preview", resources: [cluster(), logging(UNKNOWN.string)] },
    {
      title: "deployed cluster with a Logging resource naming it",
      resources: [cluster("warehouse", { id: "warehouse" }), deployedLogging("warehouse")],
    },
  ],
  violating: [
    { title: "cluster without a Logging resource", resources: [cluster()], problems: [NO_LOGGING] },
    {
      title: "deployed cluster whose Logging names another cluster",
      resources: [cluster("warehouse", { id: "warehouse" }), deployedLogging("staging")],
      problems: [NO_LOGGING],
    },
  ],
  notApplicable: [
    {
      title: "cluster where the map puts Redshift logging on the provider's side",
      resources: [cluster()],
      map: mapWithScope("logging", { provider: "aws", resourceTypes: ["aws:redshift/*"], side: "provider", note: "Sandbox clusters." }),
      reason:
        "The responsibility map puts logging and monitoring for aws:redshift/cluster:Cluster on the provider's side: Sandbox clusters.",
    },
  ],
  unknown: [
    {
      title: "Logging whose cluster identifier is computed without a dependency",
      resources: [cluster(), resource(AWS.redshiftLogging, "logging", { clusterIdentifier: UNKNOWN.string })],
    },
  ],
});
