import { expect, it } from "vitest";
import rule from "../../../../policies/aws/cloudwatch/aws-cloudwatch-loggroup-require-expiry";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, MAP_WITHOUT_CLASSIFICATION, tagsFor } from "../../../support/classification";
import { canary, describeRule, type RuleCases, resource, run, UNKNOWN } from "../../../support/rules";

// Untagged groups take the bundled map's default level, internal, whose maxLogRetentionDays is 1095.
const group = (props: Record<string, unknown>) => resource(AWS.cloudwatchLogGroup, "app", { retentionInDays: 365, ...props });

const cases: RuleCases = {
  compliant: [
    { title: "internal log group with retentionInDays=365", resources: [group({})] },
    { title: "internal log group with retentionInDays=731", resources: [group({ retentionInDays: 731 })] },
    {
      title: "internal DELIVERY log group without retentionInDays (forced to 2 days)",
      resources: [group({ retentionInDays: undefined, logGroupClass: "DELIVERY" })],
    },
  ],
  violating: [
    {
      title: "internal log group with retentionInDays unset",
      resources: [group({ retentionInDays: undefined })],
      codes: ["never-expires"],
    },
    { title: "internal log group with retentionInDays=0", resources: [group({ retentionInDays: 0 })], codes: ["never-expires"] },
    { title: "internal log group with retentionInDays=1096", resources: [group({ retentionInDays: 1096 })], codes: ["retention-too-long"] },
    {
      title: "internal log group with a secret retentionInDays",
      resources: [group({ retentionInDays: canary("365") })],
      codes: ["retention-too-long"],
    },
  ],
  notApplicable: [
    {
      title: "confidential log group (no maximum)",
      resources: [group({ retentionInDays: 0, tags: tagsFor("confidential") })],
      reason: "The resource's classification level confidential sets no maximum retention for logs",
    },
    {
      title: "log group under a map without classification",
      resources: [group({ retentionInDays: 0 })],
      map: MAP_WITHOUT_CLASSIFICATION,
      reason: "The responsibility map defines no data classification, so no maximum retention applies to logs",
    },
  ],
  unknown: [
    { title: "internal log group whose retention is computed", resources: [group({ retentionInDays: UNKNOWN.number })] },
    {
      title: "internal never-expiring log group whose class is computed",
      resources: [group({ retentionInDays: 0, logGroupClass: UNKNOWN.string })],
    },
  ],
};

describeRule(rule, cases);

describeLevels(rule, {
  title: "log group with retentionInDays unset",
  resources: (tags) => [resource(AWS.cloudwatchLogGroup, "app", { tags })],
  expected: {
    public: { notApplicable: /level public sets no maximum/ },
    internal: ["never-expires"],
    confidential: { notApplicable: /level confidential sets no maximum/ },
    restricted: { notApplicable: /level restricted sets no maximum/ },
  },
});

it("suggests the longest retention CloudWatch accepts within the level's maximum", () => {
  const [finding] = run(rule, [group({ retentionInDays: 3653 })]);
  expect(finding?.message).toContain("`retentionInDays` to 731 or less (the longest CloudWatch retention within 1095 days)");
  expect(finding?.message).toContain("above the 1095 days internal data allows");
});
