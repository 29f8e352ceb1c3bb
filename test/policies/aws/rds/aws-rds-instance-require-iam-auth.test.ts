import rule from "../../../../policies/aws/rds/aws-rds-instance-require-iam-auth";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

const instance = (props: Record<string, unknown>) =>
  resource(AWS.rdsInstance, "orders", { engine: "mysql", iamDatabaseAuthenticationEnabled: true, ...props });
const cluster = (props: Record<string, unknown>) =>
  resource(AWS.rdsCluster, "ledger", { engine: "aurora-postgresql", iamDatabaseAuthenticationEnabled: true, ...props });

describeRule(rule, {
  compliant: [
    { title: "mysql instance with iamDatabaseAuthenticationEnabled=true", resources: [instance({})] },
    { title: "aurora-postgresql cluster with iamDatabaseAuthenticationEnabled=true", resources: [cluster({})] },
  ],
  violating: [
    {
      title: "mysql instance with iamDatabaseAuthenticationEnabled=false",
      resources: [instance({ iamDatabaseAuthenticationEnabled: false })],
      codes: ["iam-auth-off"],
    },
    {
      title: "cluster with iamDatabaseAuthenticationEnabled unset",
      resources: [cluster({ iamDatabaseAuthenticationEnabled: undefined })],
      codes: ["iam-auth-off"],
    },
  ],
  notApplicable: [
    {
      title: "instance with a secret engine that is no RDS engine",
      resources: [instance({ engine: canary("mysql") })],
      reason: "The instance's `engine` is not one that supports IAM database authentication",
    },
    {
      title: "sqlserver instance",
      resources: [instance({ engine: "sqlserver-ex", iamDatabaseAuthenticationEnabled: undefined })],
      reason: 'The "sqlserver-ex" engine does not support IAM database authentication',
    },
  ],
  unknown: [
    {
      title: "instance whose iamDatabaseAuthenticationEnabled is computed",
      resources: [instance({ iamDatabaseAuthenticationEnabled: UNKNOWN.boolean })],
    },
  ],
});
