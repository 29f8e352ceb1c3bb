import { describe, expect, it } from "vitest";
import rule from "../../../../policies/aws/sqs/aws-sqs-queue-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, MAP_WITHOUT_CLASSIFICATION, withoutClassification } from "../../../support/classification";
import { describeRule, environment, type RuleCases, resource, run, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const queue = (props: Record<string, unknown>) => resource(AWS.sqsQueue, "jobs", { sqsManagedSseEnabled: true, ...props });

const cases: RuleCases = {
  compliant: [
    { title: "queue with SQS-managed encryption", resources: [queue({})] },
    { title: "queue with encryption settings unset (SQS-managed by default)", resources: [queue({ sqsManagedSseEnabled: undefined })] },
    {
      title: "queue with a customer-managed key when one is required",
      resources: [queue({ kmsMasterKeyId: KEY })],
      config: { requireCustomerManagedKey: true },
    },
  ],
  violating: [
    {
      title: "queue with sqsManagedSseEnabled=false and no key",
      resources: [queue({ sqsManagedSseEnabled: false })],
      codes: ["encryption-off"],
    },
    {
      title: "queue without a key when a customer-managed key is required",
      resources: [queue({})],
      config: { requireCustomerManagedKey: true },
      codes: ["key-not-set"],
      duties: ["key-management"],
    },
    {
      title: "queue with alias/aws/sqs when a customer-managed key is required",
      resources: [queue({ kmsMasterKeyId: "alias/aws/sqs" })],
      config: { requireCustomerManagedKey: true },
      codes: ["key-aws-managed"],
      duties: ["key-management"],
    },
    {
      title: "queue with a key outside the allowed list",
      resources: [queue({ kmsMasterKeyId: "arn:aws:kms:eu-west-1:111122223333:key/ffffffff-12ab-34cd-56ef-1234567890ab" })],
      config: { allowedKeys: [KEY] },
      codes: ["key-not-allowed"],
      duties: ["key-management"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "queue whose key is computed", resources: [queue({ kmsMasterKeyId: UNKNOWN.string })] },
    { title: "queue whose SQS-managed flag is computed", resources: [queue({ sqsManagedSseEnabled: UNKNOWN.boolean })] },
  ],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "queue with SQS-managed encryption and no kmsMasterKeyId",
  resources: (tags) => [resource(AWS.sqsQueue, "jobs", { tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["key-not-set"],
    restricted: ["key-not-set"],
  },
});

describe("a key-management finding of an encryption rule", () => {
  const cmkCase = () =>
    run(rule, [queue({})], { requireCustomerManagedKey: true }, environment({ ...MAP_WITHOUT_CLASSIFICATION, exceptions: [] }));
  it("names the person accountable for key management, not for encryption at rest", () => {
    const [finding] = cmkCase();
    expect(finding?.duty).toBe("key-management");
    expect(finding?.accountable?.id).toBe("priya.raman");
    expect(finding?.message).toContain("Accountable for key management: Priya Raman");
  });
  it("is waived by an exception for the key-management duty, approved by that duty's accountable person", () => {
    const exception = {
      id: "EX-KM",
      resources: "urn:pulumi:*::*::aws:sqs/queue:Queue::jobs",
      duty: "key-management",
      reason: "SQS-managed keys accepted until the KMS rollout.",
      approver: "priya.raman",
      approved: "2026-10-01",
      expires: "2027-06-30",
    };
    const map = { ...MAP_WITHOUT_CLASSIFICATION, exceptions: [exception] };
    const findings = run(rule, [queue({})], { requireCustomerManagedKey: true }, environment(map));
    expect(findings.map((f) => [f.status, f.exception?.id])).toEqual([["waived", "EX-KM"]]);
    const atRest = run(
      rule,
      [queue({})],
      { requireCustomerManagedKey: true },
      environment({ ...map, exceptions: [{ ...exception, duty: "encryption-at-rest" }] }),
    );
    expect(atRest.map((f) => f.status)).toEqual(["fail"]);
  });
});
