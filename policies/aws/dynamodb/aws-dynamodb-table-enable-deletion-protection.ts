import type { TableArgs } from "@pulumi/aws/dynamodb";
import { levelRequires, requirement } from "../../core/classification";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Table = Pick<TableArgs, "deletionProtectionEnabled">;

export default defineRule({
  name: "aws-dynamodb-table-enable-deletion-protection",
  displayName: "DynamoDB tables are protected against deletion",
  description: "Every DynamoDB table sets `deletionProtectionEnabled` to true.",
  duty: "backup",
  severity: "medium",
  resourceTypes: [AWS.dynamodbTable],
  remediation: "Set `deletionProtectionEnabled: true` on the table.",
  why: "one mistaken `pulumi destroy` or replacement deletes the table and its point-in-time recovery window",
  controls: { nist: ["CP-10"], securityHub: ["DynamoDB.6"] },
  problems: { "deletion-protection-off": "`deletionProtectionEnabled` is false or unset (it defaults to false)" },
  check(table, ctx) {
    // Without classification levels in the map, every table needs deletion protection.
    const required = requirement(table, ctx, "deletionProtection", true);
    if (!required.value) {
      return notApplicable(`The table's classification level ${required.level ?? "?"} does not require deletion protection`);
    }
    // SDK: `deletionProtectionEnabled` "Defaults to `false`".
    const { deletionProtectionEnabled } = table.props as Table;
    if (deletionProtectionEnabled === true) return pass;
    const reason = levelRequires(required, "deletion protection");
    return fail(
      deletionProtectionEnabled === false
        ? `The table can be deleted: \`deletionProtectionEnabled\` is false${reason}`
        : `The table can be deleted: \`deletionProtectionEnabled\` is not set, and DynamoDB then leaves it off${reason}`,
      { code: "deletion-protection-off" },
    );
  },
});
