import type { TableArgs } from "@pulumi/aws/dynamodb";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Table = Pick<TableArgs, "pointInTimeRecovery">;

export default defineRule({
  name: "aws-dynamodb-table-enable-pitr",
  displayName: "DynamoDB tables keep point-in-time recovery",
  description: "Every DynamoDB table sets `pointInTimeRecovery.enabled` to true.",
  duty: "backup",
  severity: "medium",
  resourceTypes: [AWS.dynamodbTable],
  remediation: "Set `pointInTimeRecovery: { enabled: true }` on the table.",
  why: "a bad write, deletion or ransomware encryption of items cannot be rolled back to an earlier second",
  controls: { nist: ["CP-9", "CP-10"], pciDss: ["10.3.3"], iso27001: ["A.8.13"], securityHub: ["DynamoDB.2"] },
  problems: { "pitr-off": "point-in-time recovery is off (`pointInTimeRecovery` unset or not enabled)" },
  check(table) {
    // SDK: "If the `pointInTimeRecovery` block is not provided, this defaults to `false`".
    const { pointInTimeRecovery } = table.props as Table;
    if (!isRecord(pointInTimeRecovery))
      return fail("The table has no point-in-time recovery: `pointInTimeRecovery` is not set, and DynamoDB then leaves it off", {
        code: "pitr-off",
      });
    if (pointInTimeRecovery["enabled"] === true) return pass;
    return fail("The table has no point-in-time recovery: `pointInTimeRecovery.enabled` is false", { code: "pitr-off" });
  },
});
