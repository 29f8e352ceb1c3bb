import rule from "../../../../policies/aws/rds/aws-rds-instance-disallow-public-access";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const db = (props: Record<string, unknown> = {}) =>
  resource(AWS.rdsInstance, "orders", { engine: "postgres", instanceClass: "db.t4g.micro", ...props });

describeRule(rule, {
  compliant: [
    { title: "instance with publiclyAccessible=false", resources: [db({ publiclyAccessible: false })] },
    { title: "instance leaving publiclyAccessible unset (default false)", resources: [db()] },
    {
      title: "Aurora cluster instance left private",
      resources: [
        resource(AWS.rdsClusterInstance, "aurora-1", {
          clusterIdentifier: "aurora",
          instanceClass: "db.r6g.large",
          engine: "aurora-postgresql",
        }),
      ],
    },
    {
      title: "Neptune cluster instance left private",
      resources: [resource(AWS.neptuneClusterInstance, "graph-1", { clusterIdentifier: "graph", instanceClass: "db.r6g.large" })],
    },
  ],
  violating: [
    { title: "instance with publiclyAccessible=true", resources: [db({ publiclyAccessible: true })], codes: ["publicly-accessible"] },
    {
      title: "cluster instance with publiclyAccessible=true",
      resources: [
        resource(AWS.rdsClusterInstance, "aurora-1", {
          clusterIdentifier: "aurora",
          instanceClass: "db.r6g.large",
          engine: "aurora-mysql",
          publiclyAccessible: true,
        }),
      ],
      codes: ["publicly-accessible"],
    },
    {
      title: "Neptune instance with publiclyAccessible=true",
      resources: [
        resource(AWS.neptuneClusterInstance, "graph-1", {
          clusterIdentifier: "graph",
          instanceClass: "db.r6g.large",
          publiclyAccessible: true,
        }),
      ],
      codes: ["publicly-accessible"],
    },
  ],
  notApplicable: [
    {
      title: "instance where the map puts network exposure on the provider's side",
      resources: [db({ publiclyAccessible: true })],
      map: mapWithScope("network-exposure", {
        provider: "aws",
        resourceTypes: ["aws:rds/*"],
        side: "provider",
        note: "Databases sit in isolated subnets.",
      }),
      reason: /Databases sit in isolated subnets\.$/,
    },
  ],
  unknown: [{ title: "instance whose publiclyAccessible is computed", resources: [db({ publiclyAccessible: UNKNOWN.boolean })] }],
});
