import type { ClusterArgs, InstanceArgs } from "@pulumi/aws/rds";
import { shownValue } from "../../core/message";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { RDS_ENGINES } from "../support/rds";

type Database = Pick<InstanceArgs & ClusterArgs, "engine" | "iamDatabaseAuthenticationEnabled">;

/** Engines that support IAM database authentication. */
const IAM_ENGINES = new Set(["mysql", "mariadb", "postgres", "aurora-mysql", "aurora-postgresql", "aurora"]);

export default defineRule({
  name: "aws-rds-instance-require-iam-auth",
  displayName: "RDS instances and clusters accept IAM database authentication",
  description: "Every MySQL, MariaDB or PostgreSQL RDS instance and cluster sets `iamDatabaseAuthenticationEnabled` to true.",
  duty: "mfa",
  severity: "medium",
  resourceTypes: [AWS.rdsInstance, AWS.rdsCluster],
  remediation: "Set `iamDatabaseAuthenticationEnabled: true` on the database and grant `rds-db:connect` to the roles that need it.",
  why: "database users log in with long-lived passwords instead of short-lived tokens tied to an authenticated IAM identity",
  controls: { nist: ["IA-2", "IA-5"], pciDss: ["8.3.1"], iso27001: ["A.8.5"], securityHub: ["RDS.10", "RDS.12"] },
  problems: { "iam-auth-off": "the database accepts only password logins (`iamDatabaseAuthenticationEnabled` not true)" },
  check(database) {
    const kind = database.type === AWS.rdsCluster ? "cluster" : "instance";
    const { engine } = database.props as Database;
    if (typeof engine === "string" && engine !== "" && !IAM_ENGINES.has(engine)) {
      const shown = shownValue(engine, RDS_ENGINES);
      return notApplicable(
        shown === undefined
          ? `The ${kind}'s \`engine\` is not one that supports IAM database authentication`
          : `The ${shown} engine does not support IAM database authentication`,
      );
    }
    const { iamDatabaseAuthenticationEnabled } = database.props as Database;
    if (iamDatabaseAuthenticationEnabled === true) return pass;
    return fail(
      iamDatabaseAuthenticationEnabled === false
        ? `The ${kind} accepts only password logins: \`iamDatabaseAuthenticationEnabled\` is false`
        : `The ${kind} accepts only password logins: \`iamDatabaseAuthenticationEnabled\` is not set, and RDS then leaves it off`,
      { code: "iam-auth-off" },
    );
  },
});
