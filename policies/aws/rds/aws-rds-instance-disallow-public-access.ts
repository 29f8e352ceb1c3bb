import type { ClusterInstanceArgs as NeptuneClusterInstanceArgs } from "@pulumi/aws/neptune";
import type { ClusterInstanceArgs, InstanceArgs } from "@pulumi/aws/rds";
import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { publicAccessViolations } from "../support/exposure";

type Database = Pick<InstanceArgs | ClusterInstanceArgs | NeptuneClusterInstanceArgs, "publiclyAccessible">;

export default defineRule({
  name: "aws-rds-instance-disallow-public-access",
  displayName: "RDS and Neptune instances are not publicly accessible",
  description: "No RDS DB instance, RDS cluster instance or Neptune cluster instance sets `publiclyAccessible` to true.",
  duty: "network-exposure",
  severity: "high",
  resourceTypes: [AWS.rdsInstance, AWS.rdsClusterInstance, AWS.neptuneClusterInstance],
  remediation: "Set `publiclyAccessible: false` and reach the database from inside the VPC (a bastion, VPN or RDS Proxy).",
  why: "a database with a public address can be reached by anyone on the internet, leaving only its password in the way",
  controls: {
    nist: ["AC-3", "SC-7"],
    pciDss: ["1.4.4"],
    iso27001: ["A.8.20", "A.8.22"],
    cis: ["AWS 3.0 2.3.3", "AWS 4.0 2.2.3"],
    securityHub: ["RDS.2"],
  },
  problems: { "publicly-accessible": "the instance has a public address (`publiclyAccessible` true)" },
  check(instance) {
    // SDK (rds.Instance, rds.ClusterInstance, neptune.ClusterInstance): `publiclyAccessible` "Default is `false`".
    const { publiclyAccessible } = instance.props as Database;
    return publicAccessViolations(publiclyAccessible, "database instance", false);
  },
});
