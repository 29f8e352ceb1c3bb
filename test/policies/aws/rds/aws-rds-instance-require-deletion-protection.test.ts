import { describe, expect, it } from "vitest";
import rule from "../../../../policies/aws/rds/aws-rds-instance-require-deletion-protection";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, run, UNKNOWN } from "../../../support/rules";

const instance = (props: Record<string, unknown>) =>
  resource(AWS.rdsInstance, "orders", {
    engine: "postgres",
    deletionProtection: true,
    skipFinalSnapshot: false,
    copyTagsToSnapshot: true,
    ...props,
  });
const cluster = (props: Record<string, unknown>) =>
  resource(AWS.rdsCluster, "ledger", { engine: "aurora-mysql", deletionProtection: true, copyTagsToSnapshot: true, ...props });

const cases: RuleCases = {
  compliant: [
    { title: "instance with deletion protection, final snapshot and tag copy", resources: [instance({})] },
    { title: "cluster with deletion protection and skipFinalSnapshot unset", resources: [cluster({})] },
    {
      title: "instance without tag copy when it is not required",
      resources: [instance({ copyTagsToSnapshot: undefined })],
      config: { requireCopyTagsToSnapshot: false },
    },
  ],
  violating: [
    {
      title: "instance with deletionProtection=false",
      resources: [instance({ deletionProtection: false })],
      codes: ["deletion-protection-off"],
    },
    {
      title: "cluster with deletionProtection unset",
      resources: [cluster({ deletionProtection: undefined })],
      codes: ["deletion-protection-off"],
    },
    {
      title: "instance with skipFinalSnapshot=true",
      resources: [instance({ skipFinalSnapshot: true })],
      codes: ["final-snapshot-skipped"],
    },
    {
      title: "cluster with copyTagsToSnapshot unset",
      resources: [cluster({ copyTagsToSnapshot: undefined })],
      codes: ["tags-not-copied"],
    },
    {
      title: "instance with every protection off",
      resources: [instance({ deletionProtection: false, skipFinalSnapshot: true, copyTagsToSnapshot: false })],
      codes: ["deletion-protection-off", "final-snapshot-skipped", "tags-not-copied"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "instance whose deletionProtection is computed", resources: [instance({ deletionProtection: UNKNOWN.boolean })] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "instance with deletionProtection=false",
  resources: (tags) => [
    resource(AWS.rdsInstance, "db", { deletionProtection: false, skipFinalSnapshot: false, copyTagsToSnapshot: true, tags }),
  ],
  expected: {
    public: [],
    internal: [],
    confidential: ["deletion-protection-off"],
    restricted: ["deletion-protection-off"],
  },
});

describe("the message of snapshots without tags", () => {
  it("says why lost tags matter, not why deletion does", () => {
    const findings = run(rule, [instance({ copyTagsToSnapshot: false })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("so a snapshot no longer names its owner or classification");
    expect(findings[0]?.message).not.toContain(rule.why);
  });

  it("says a deletion without a final snapshot leaves nothing to restore, not that deletion protection is off", () => {
    const findings = run(rule, [instance({ skipFinalSnapshot: true })]);
    expect(findings.map((f) => f.subject)).toEqual(["skipFinalSnapshot"]);
    expect(findings[0]?.message).toContain(
      "`skipFinalSnapshot` is true, so when it is deleted or replaced, its automated backups go with it and nothing is left to restore from.",
    );
    expect(findings[0]?.message).not.toContain(rule.why);
  });
});
