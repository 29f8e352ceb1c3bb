import { expect, it } from "vitest";
import rule from "../../../../policies/aws/s3/aws-s3-bucket-enable-versioning";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { canary, describeRule, type RuleCases, resource, run, UNKNOWN, urnOf } from "../../../support/rules";

const bucket = (type: string = AWS.s3Bucket, props: Record<string, unknown> = {}) =>
  resource(type, "assets", { bucket: "assets-1a2b", ...props });
const versioning = (configuration: unknown, type: string = AWS.s3BucketVersioning, bucketType: string = AWS.s3Bucket) =>
  resource(
    type,
    "assets-versioning",
    { bucket: UNKNOWN.string, versioningConfiguration: configuration },
    { propertyDependencies: { bucket: [urnOf(bucketType, "assets")] } },
  );
const deployedBucket = resource(AWS.s3Bucket, "assets", { bucket: "assets-1a2b" }, { id: "assets-1a2b" });
const deployedVersioning = (status: string) =>
  resource(
    AWS.s3BucketVersioning,
    "assets-versioning",
    { bucket: "assets-1a2b", versioningConfiguration: { status } },
    { id: "assets-1a2b" },
  );

const cases: RuleCases = {
  compliant: [
    { title: "Bucket with a BucketVersioning status=Enabled", resources: [bucket(), versioning({ status: "Enabled" })] },
    {
      title: "BucketV2 with a BucketVersioningV2 status=Enabled",
      resources: [bucket(AWS.s3BucketV2), versioning({ status: "Enabled" }, AWS.s3BucketVersioningV2, AWS.s3BucketV2)],
    },
    {
      title: "Bucket with deprecated inline versioning.enabled=true",
      resources: [bucket(AWS.s3Bucket, { versioning: { enabled: true } })],
    },
    {
      title: "BucketV2 with deprecated inline versionings[0].enabled=true",
      resources: [bucket(AWS.s3BucketV2, { versionings: [{ enabled: true }] })],
    },
    { title: "deployed bucket joined by name", resources: [deployedBucket, deployedVersioning("Enabled")] },
    {
      // BucketVersioningV2 is the deprecated alias of BucketVersioning; `bucket` is the bucket's name (s3/bucketVersioningV2.d.ts).
      title: "deployed BucketV2 joined by name to a BucketVersioningV2",
      resources: [
        resource(AWS.s3BucketV2, "assets", { bucket: "assets-1a2b" }, { id: "assets-1a2b" }),
        resource(
          AWS.s3BucketVersioningV2,
          "assets-versioning",
          { bucket: "assets-1a2b", versioningConfiguration: { status: "Enabled" } },
          { id: "assets-1a2b" },
        ),
      ],
    },
    {
      title: "MFA delete when required",
      resources: [bucket(), versioning({ status: "Enabled", mfaDelete: "Enabled" })],
      config: { requireMfaDelete: true },
    },
  ],
  violating: [
    {
      title: "bucket without versioning next to a bucket whose BucketVersioning status is computed",
      resources: [bucket(), versioning({ status: UNKNOWN.string }), resource(AWS.s3Bucket, "logs", { bucket: "logs-1a2b" })],
      codes: ["no-versioning"],
      undecided: ["assets"],
    },
    {
      title: "BucketVersioning with a secret status that is no versioning status",
      resources: [bucket(), versioning({ status: canary("Enabled") })],
      codes: ["versioning-off"],
    },
    {
      title: "bucket without versioning",
      resources: [bucket()],
      codes: ["no-versioning"],
    },
    {
      title: "BucketVersioning with status=Suspended",
      resources: [bucket(), versioning({ status: "Suspended" })],
      codes: ["versioning-off"],
    },
    {
      title: "inline versioning.enabled=false",
      resources: [bucket(AWS.s3Bucket, { versioning: { enabled: false } })],
      codes: ["versioning-off"],
    },
    {
      title: "BucketV2 inline versionings[0].enabled=false",
      resources: [bucket(AWS.s3BucketV2, { versionings: [{ enabled: false }] })],
      codes: ["versioning-off"],
    },
    {
      title: "deployed bucket whose versioning is Disabled",
      resources: [deployedBucket, deployedVersioning("Disabled")],
      codes: ["versioning-off"],
    },
    {
      title: "versioning without MFA delete when required",
      resources: [bucket(), versioning({ status: "Enabled" })],
      config: { requireMfaDelete: true },
      codes: ["mfa-delete-off"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "BucketVersioning whose status is computed",
      resources: [bucket(), versioning({ status: UNKNOWN.string })],
      undecided: ["assets"],
    },
    {
      title: "inline versioning that is computed",
      resources: [bucket(AWS.s3Bucket, { versioning: UNKNOWN.object })],
      undecided: ["assets"],
    },
  ],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "Bucket with versioning on and MFA delete off",
  resources: (tags) => [bucket(AWS.s3Bucket, { tags }), versioning({ status: "Enabled" })],
  expected: {
    public: [],
    internal: [],
    confidential: [],
    restricted: ["mfa-delete-off"],
  },
});

it("describes a status that is no versioning status without quoting it", () => {
  const [finding] = run(rule, [bucket(), versioning({ status: canary("Enabled") })]);
  expect(finding?.problem).toBe(
    "The bucket keeps no object versions: its BucketVersioning sets `versioningConfiguration.status` to a value that is not a recognised versioning status",
  );
});
