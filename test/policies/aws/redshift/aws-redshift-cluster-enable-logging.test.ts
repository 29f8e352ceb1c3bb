import rule from "../../../../policies/aws/redshift/aws-redshift-cluster-enable-logging";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

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
    { title: "cluster without a Logging resource", resources: [cluster()], codes: ["no-logging"] },
    {
      title: "deployed cluster whose Logging names another cluster",
      resources: [cluster("warehouse", { id: "warehouse" }), deployedLogging("staging")],
      codes: ["no-logging"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "Logging whose cluster identifier is computed without a dependency",
      resources: [cluster(), resource(AWS.redshiftLogging, "logging", { clusterIdentifier: UNKNOWN.string })],
      undecided: ["warehouse"],
    },
    {
      title: "Logging with a computed identifier next to a logged cluster: only the unlogged one waits",
      resources: [
        cluster("warehouse"),
        logging(),
        cluster("staging"),
        resource(AWS.redshiftLogging, "logging", { clusterIdentifier: UNKNOWN.string }),
      ],
      undecided: ["staging"],
    },
  ],
});
