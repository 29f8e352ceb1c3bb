import rule from "../../../../policies/aws/dynamodb/aws-dynamodb-table-enable-deletion-protection";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const table = (props: Record<string, unknown>) =>
  resource(AWS.dynamodbTable, "orders", { hashKey: "id", deletionProtectionEnabled: true, ...props });

const cases: RuleCases = {
  compliant: [{ title: "table with deletionProtectionEnabled=true", resources: [table({})] }],
  violating: [
    {
      title: "table with deletionProtectionEnabled=false",
      resources: [table({ deletionProtectionEnabled: false })],
      codes: ["deletion-protection-off"],
    },
    {
      title: "table with deletionProtectionEnabled unset",
      resources: [table({ deletionProtectionEnabled: undefined })],
      codes: ["deletion-protection-off"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "table whose deletionProtectionEnabled is computed", resources: [table({ deletionProtectionEnabled: UNKNOWN.boolean })] },
  ],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "table with deletionProtectionEnabled=false",
  resources: (tags) => [resource(AWS.dynamodbTable, "orders", { deletionProtectionEnabled: false, tags })],
  expected: {
    public: { notApplicable: "The table's classification level public does not require deletion protection" },
    internal: { notApplicable: "The table's classification level internal does not require deletion protection" },
    confidential: ["deletion-protection-off"],
    restricted: ["deletion-protection-off"],
  },
});
