import rule from "../../../../policies/aws/cloudwatch/aws-cloudwatch-loggroup-limit-retention";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { canary, describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const group = (props: Record<string, unknown>) => resource(AWS.cloudwatchLogGroup, "app", { retentionInDays: 365, ...props });

const cases: RuleCases = {
  compliant: [
    { title: "log group with retentionInDays=365", resources: [group({})] },
    { title: "log group with retentionInDays=0 (never expire)", resources: [group({ retentionInDays: 0 })] },
    { title: "log group with retentionInDays unset (never expire)", resources: [group({ retentionInDays: undefined })] },
    {
      title: "log group with retentionInDays=90 and a 90-day minimum",
      resources: [group({ retentionInDays: 90 })],
      config: { minimumRetentionDays: 90 },
    },
  ],
  violating: [
    {
      title: "log group with a secret retentionInDays that is no number",
      resources: [group({ retentionInDays: canary("365") })],
      codes: ["retention-too-short"],
    },
    {
      title: "log group with retentionInDays=30",
      resources: [group({ retentionInDays: 30 })],
      codes: ["retention-too-short"],
    },
    {
      title: "log group with retentionInDays=180 and a 400-day minimum",
      resources: [group({ retentionInDays: 180 })],
      config: { minimumRetentionDays: 400 },
      codes: ["retention-too-short"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "log group whose retention is computed", resources: [group({ retentionInDays: UNKNOWN.number })] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "log group with retentionInDays=90",
  resources: (tags) => [resource(AWS.cloudwatchLogGroup, "app", { retentionInDays: 90, tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["retention-too-short"],
    restricted: ["retention-too-short"],
  },
});

describeLevels(rule, {
  title: "log group with retentionInDays=60",
  resources: (tags) => [resource(AWS.cloudwatchLogGroup, "app", { retentionInDays: 60, tags })],
  expected: {
    public: [],
    internal: ["retention-too-short"],
    confidential: ["retention-too-short"],
    restricted: ["retention-too-short"],
  },
});
