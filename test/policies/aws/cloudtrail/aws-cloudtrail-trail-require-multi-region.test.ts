import { expect, it } from "vitest";
import rule from "../../../../policies/aws/cloudtrail/aws-cloudtrail-trail-require-multi-region";
import { AWS } from "../../../../policies/core/tokens";
import { centralMap, inAccount } from "../../../support/aws-placement";
import { describeRule, mapWithScope, resource, run, UNKNOWN } from "../../../support/rules";

const trail = (props: Record<string, unknown>, name = "account", extra = {}) =>
  resource(AWS.cloudtrailTrail, name, { s3BucketName: "audit-logs", isMultiRegionTrail: true, ...props }, extra);
const bucket = resource(AWS.s3Bucket, "assets", {});
const SANDBOX = {
  type: "pulumi:providers:aws",
  props: { region: "eu-west-1", assumeRoles: JSON.stringify([{ roleArn: "arn:aws:iam::2:role/deploy" }]) },
};

describeRule(rule, {
  compliant: [
    { title: "multi-region trail with logging and global events left at their defaults", resources: [trail({}), bucket] },
    {
      title: "two accounts, each with its own multi-region trail",
      resources: [
        trail({}),
        bucket,
        { ...trail({}, "sandbox"), provider: SANDBOX },
        { ...resource(AWS.s3Bucket, "replicas", {}), provider: SANDBOX },
      ],
    },
    {
      title: "a regional trail next to a multi-region one",
      resources: [trail({ isMultiRegionTrail: false }, "regional"), trail({}, "account")],
    },
    {
      title: "deployed multi-region trail with logging on",
      resources: [trail({ enableLogging: true, includeGlobalServiceEvents: true }, "account", { id: "account" })],
    },
  ],
  violating: [
    {
      title: "regional trail in one account next to a trail whose multi-region flag is computed in another",
      resources: [
        trail({ isMultiRegionTrail: UNKNOWN.boolean }),
        bucket,
        { ...trail({ isMultiRegionTrail: false }, "sandbox"), provider: SANDBOX },
      ],
      codes: ["not-account-wide"],
      undecided: ["account"],
    },
    {
      title: "an account the map lists as central beside one it does not: only the unlisted one is asked",
      resources: [
        resource(AWS.s3Bucket, "app", {}, inAccount("345678901234")),
        resource(AWS.s3Bucket, "other", {}, inAccount("999999999999")),
      ],
      codes: ["no-trail"],
    },
    {
      title: "a trail declared in a centrally managed account is still checked",
      resources: [trail({ isMultiRegionTrail: false }, "account", inAccount("345678901234"))],
      codes: ["not-account-wide"],
    },
    {
      title: "a second account (another provider role) without a trail of its own",
      resources: [trail({}), bucket, { ...resource(AWS.s3Bucket, "replicas", {}), provider: SANDBOX }],
      codes: ["no-trail"],
    },
    {
      title: "stack without any trail",
      resources: [bucket],
      codes: ["no-trail"],
    },
    {
      title: "trail with isMultiRegionTrail unset",
      resources: [trail({ isMultiRegionTrail: undefined })],
      codes: ["not-account-wide"],
    },
    {
      title: "trail with enableLogging=false and includeGlobalServiceEvents=false",
      resources: [trail({ enableLogging: false, includeGlobalServiceEvents: false })],
      codes: ["not-account-wide"],
    },
    {
      title: "deployed regional trail",
      resources: [trail({ isMultiRegionTrail: false }, "account", { id: "account" })],
      codes: ["not-account-wide"],
    },
  ],
  notApplicable: [
    {
      title: "application stack in an account whose organisation trail the bundled map says lives in the landing zone",
      resources: [resource(AWS.s3Bucket, "assets", {}, inAccount("345678901234"))],
      reason:
        "The responsibility map says the account's CloudTrail trail is managed centrally in northwind/landing-zone/prod by Tomas Novak for this account: The landing zone's organisation trail, EBS and IMDS defaults and password policy cover the application accounts.",
    },
    {
      title: "map manages the trail centrally for every account",
      resources: [bucket],
      map: centralMap(["cloudtrail"], "all"),
      reason: /managed centrally in northwind\/landing-zone\/prod by Tomas Novak for every account: Set by the landing zone\.$/,
    },
    {
      title: "stack without a trail where the map says the organisation trail covers CloudTrail",
      resources: [bucket],
      map: mapWithScope("logging", {
        provider: "aws",
        resourceTypes: ["aws:cloudtrail/*"],
        side: "provider",
        note: "The organisation trail in the management account logs every account.",
      }),
      reason:
        "The responsibility map puts the account trail for aws:cloudtrail/trail:Trail outside this stack: The organisation trail in the management account logs every account.",
    },
  ],
  unknown: [
    {
      title: "trail whose multi-region flag is computed",
      resources: [trail({ isMultiRegionTrail: UNKNOWN.boolean })],
      undecided: ["account"],
    },
    {
      title: "regional trail next to a trail of the same account whose multi-region flag is computed",
      resources: [trail({ isMultiRegionTrail: false }, "regional"), trail({ isMultiRegionTrail: UNKNOWN.boolean })],
      undecided: ["regional", "account"],
    },
  ],
});

it("reports a missing account trail for the whole stack, naming the person accountable", () => {
  const [finding] = run(rule, [bucket]);
  expect(finding?.resource).toBeUndefined();
  expect(finding?.message).toBe(
    "The stack declares no CloudTrail trail, and the responsibility map does not say another stack or the organisation provides one, so activity in other regions and on global services such as IAM goes unrecorded. " +
      "Declare an `aws.cloudtrail.Trail` with `isMultiRegionTrail: true` (leave `enableLogging` and `includeGlobalServiceEvents` unset or true), or list the account under `settings.centrallyManaged` (control `cloudtrail`) in the responsibility map when an organisation trail in another stack logs it. " +
      "Owner: nobody (the finding concerns the whole stack). Accountable for logging and monitoring: Tomas Novak <tomas.novak@northwind.example>.",
  );
});
