import { describe, expect, it } from "vitest";
import rule from "../../../../policies/aws/backup/aws-backup-plan-require-cross-region-copy";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, type RuleCases, resource, run, secret, UNKNOWN } from "../../../support/rules";

const SAME = "arn:aws:backup:eu-west-1:111122223333:backup-vault:primary";
const OTHER = "arn:aws:backup:eu-central-1:111122223333:backup-vault:secondary";
const PROVIDER = { type: AWS.provider, props: { region: "eu-west-1" } };
const rule0 = (copyActions: unknown) => ({ ruleName: "daily", targetVaultName: "primary", schedule: "cron(0 5 * * ? *)", copyActions });
const plan = (props: Record<string, unknown>, extra: Record<string, unknown> = { provider: PROVIDER }) =>
  resource(AWS.backupPlan, "daily", { name: "daily", rules: [rule0([{ destinationVaultArn: OTHER }])], ...props }, extra);

const cases: RuleCases = {
  compliant: [
    { title: "plan (provider region eu-west-1) copying to a vault in eu-central-1", resources: [plan({})] },
    {
      title: "plan with its own region prop copying to another region",
      resources: [plan({ region: "eu-central-1", rules: [rule0([{ destinationVaultArn: SAME }])] }, {})],
    },
    {
      title: "plan whose second rule copies to another region",
      resources: [plan({ rules: [rule0(undefined), rule0([{ destinationVaultArn: SAME }, { destinationVaultArn: OTHER }])] })],
    },
    {
      title: "plan copying to a vault whose ARN has no region field (any destination counts)",
      resources: [plan({ rules: [rule0([{ destinationVaultArn: "secondary-vault" }])] })],
    },
    {
      title: "plan copying with no provider region known (any destination counts)",
      resources: [plan({ rules: [rule0([{ destinationVaultArn: SAME }])] }, {})],
    },
  ],
  violating: [
    {
      title: "plan copying only to a vault in its provider's region, which is a secret that is no region name",
      resources: [
        plan(
          { rules: [rule0([{ destinationVaultArn: secret("arn:aws:backup:canary-9c41:111122223333:backup-vault:primary") }])] },
          { provider: { ...PROVIDER, props: { region: canary() } } },
        ),
      ],
      codes: ["copy-same-region"],
    },
    {
      title: "plan without copyActions",
      resources: [plan({ rules: [rule0(undefined)] })],
      codes: ["no-copy"],
    },
    {
      title: "plan with an empty copyActions list",
      resources: [plan({ rules: [rule0([])] })],
      codes: ["no-copy"],
    },
    {
      title: "plan copying only to a vault in its provider's region",
      resources: [plan({ rules: [rule0([{ destinationVaultArn: SAME }])] })],
      codes: ["copy-same-region"],
    },
    {
      title: "plan whose own region prop equals the destination's region (overrides the provider)",
      resources: [plan({ region: "eu-central-1", rules: [rule0([{ destinationVaultArn: OTHER }])] })],
      codes: ["copy-same-region"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "plan whose rules are computed", resources: [plan({ rules: UNKNOWN.array })] },
    { title: "plan whose copyActions are computed", resources: [plan({ rules: [rule0(UNKNOWN.array)] })] },
    {
      title: "plan whose destinationVaultArn is computed",
      resources: [plan({ rules: [rule0([{ destinationVaultArn: UNKNOWN.string }])] })],
    },
    {
      title: "plan copying within the ARN's region whose own region is computed",
      resources: [plan({ region: UNKNOWN.string, rules: [rule0([{ destinationVaultArn: SAME }])] })],
    },
    {
      title: "plan copying within the ARN's region whose provider region is computed",
      resources: [
        plan({ rules: [rule0([{ destinationVaultArn: SAME }])] }, { provider: { type: AWS.provider, props: { region: UNKNOWN.string } } }),
      ],
    },
  ],
};

describeRule(rule, cases);

describe(`${rule.name} wording`, () => {
  it("names the plan's region only when it is a region name", () => {
    const named = run(rule, [plan({ rules: [rule0([{ destinationVaultArn: SAME }])] })]);
    expect(named.map((f) => f.problem)).toEqual([
      "The plan keeps recovery points in one region only: every `copyActions[].destinationVaultArn` names a vault in the plan's own region eu-west-1",
    ]);
  });
});
