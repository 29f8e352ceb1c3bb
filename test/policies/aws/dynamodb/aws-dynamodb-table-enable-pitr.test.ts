import rule from "../../../../policies/aws/dynamodb/aws-dynamodb-table-enable-pitr";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const table = (props: Record<string, unknown>) =>
  resource(AWS.dynamodbTable, "orders", { hashKey: "id", pointInTimeRecovery: { enabled: true }, ...props });

describeRule(rule, {
  compliant: [{ title: "table with pointInTimeRecovery.enabled=true", resources: [table({})] }],
  violating: [
    {
      title: "table with pointInTimeRecovery.enabled=false",
      resources: [table({ pointInTimeRecovery: { enabled: false } })],
      problems: ["The table has no point-in-time recovery: `pointInTimeRecovery.enabled` is false"],
    },
    {
      title: "table with pointInTimeRecovery unset",
      resources: [table({ pointInTimeRecovery: undefined })],
      problems: ["The table has no point-in-time recovery: `pointInTimeRecovery` is not set, and DynamoDB then leaves it off"],
    },
  ],
  notApplicable: [
    {
      title: "table where the map puts DynamoDB backup on the provider's side",
      resources: [table({ pointInTimeRecovery: undefined })],
      map: mapWithScope("backup", { provider: "aws", resourceTypes: ["aws:dynamodb/*"], side: "provider", note: "Cache tables only." }),
      reason: /on the provider's side: Cache tables only\.$/,
    },
  ],
  unknown: [{ title: "table whose PITR flag is computed", resources: [table({ pointInTimeRecovery: { enabled: UNKNOWN.boolean } })] }],
});
