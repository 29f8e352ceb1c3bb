import { describe, expect, it } from "vitest";
import rule from "../../../../policies/aws/iam/aws-iam-user-disallow-access-keys";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, run, UNKNOWN } from "../../../support/rules";

const key = (props: Record<string, unknown>) => resource(AWS.iamAccessKey, "ci-key", { user: "ci", ...props });
const user = resource(AWS.iamUser, "ci", { name: "ci" });

describeRule(rule, {
  compliant: [{ title: "access key with status=Inactive", resources: [user, key({ status: "Inactive" })] }],
  violating: [
    { title: "access key with status unset (active)", resources: [user, key({})], codes: ["active-access-key"] },
    { title: "access key with status=Active", resources: [key({ status: "Active" })], codes: ["active-access-key"] },
  ],
  notApplicable: [],
  unknown: [{ title: "access key whose status is computed", resources: [key({ status: UNKNOWN.string })] }],
});

describe("aws-iam-user-disallow-access-keys wording", () => {
  it("does not claim the key's age or rotation, which the stack cannot show", () => {
    const [finding] = run(rule, [key({})]);
    expect(finding?.problem).toContain("how old it is and whether it is rotated every 90 days cannot be seen from the stack");
  });
});
