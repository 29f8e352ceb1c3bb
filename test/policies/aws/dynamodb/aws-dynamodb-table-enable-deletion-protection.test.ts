import rule from "../../../../policies/aws/dynamodb/aws-dynamodb-table-enable-deletion-protection";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const table = (props: Record<string, unknown>) =>
  resource(AWS.dynamodbTable, "orders", { hashKey: "id", deletionProtectionEnabled: true, ...props });

describeRule(rule, {
  compliant: [{ title: "table with deletionProtectionEnabled=true", resources: [table({})] }],
  violating: [
    {
      title: "table with deletionProtectionEnabled=false",
      resources: [table({ deletionProtectionEnabled: false })],
      problems: ["The table can be deleted: `deletionProtectionEnabled` is false"],
    },
    {
      title: "table with deletionProtectionEnabled unset",
      resources: [table({ deletionProtectionEnabled: undefined })],
      problems: ["The table can be deleted: `deletionProtectionEnabled` is not set, and DynamoDB then leaves it off"],
    },
  ],
  notApplicable: [
    {
      title: "table where the map puts DynamoDB recovery on the provider's side",
      resources: [table({ deletionProtectionEnabled: false })],
      map: mapWithScope("backup", { provider: "aws", resourceTypes: ["aws:dynamodb/*"], side: "provider", note: "Ephemeral tables." }),
      reason: /on the provider's side: Ephemeral tables\.$/,
    },
  ],
  unknown: [
    { title: "table whose deletionProtectionEnabled is computed", resources: [table({ deletionProtectionEnabled: UNKNOWN.boolean })] },
  ],
});
