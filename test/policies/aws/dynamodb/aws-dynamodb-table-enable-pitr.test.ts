import rule from "../../../../policies/aws/dynamodb/aws-dynamodb-table-enable-pitr";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const table = (props: Record<string, unknown>) =>
  resource(AWS.dynamodbTable, "orders", { hashKey: "id", pointInTimeRecovery: { enabled: true }, ...props });

describeRule(rule, {
  compliant: [{ title: "table with pointInTimeRecovery.enabled=true", resources: [table({})] }],
  violating: [
    {
      title: "table with pointInTimeRecovery.enabled=false",
      resources: [table({ pointInTimeRecovery: { enabled: false } })],
      codes: ["pitr-off"],
    },
    {
      title: "table with pointInTimeRecovery unset",
      resources: [table({ pointInTimeRecovery: undefined })],
      codes: ["pitr-off"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "table whose PITR flag is computed", resources: [table({ pointInTimeRecovery: { enabled: UNKNOWN.boolean } })] }],
});
