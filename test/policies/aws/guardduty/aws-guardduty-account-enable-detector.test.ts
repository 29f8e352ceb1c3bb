import rule from "../../../../policies/aws/guardduty/aws-guardduty-account-enable-detector";
import { AWS } from "../../../../policies/core/tokens";
import { centralMap, inAccount, inRegion } from "../../../support/aws-placement";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const bucket = resource(AWS.s3Bucket, "assets", {});
const detector = (props: Record<string, unknown> = {}, extra = {}, name = "main") =>
  resource(AWS.guarddutyDetector, name, { enable: true, ...props }, extra);
const feature = (name: string, status: unknown, extra = {}) =>
  resource(AWS.guarddutyDetectorFeature, name.toLowerCase(), { detectorId: "12abc34d567e8fa901bc2d34e56789f0", name, status }, extra);
const bucketIn = (region: string) => resource(AWS.s3Bucket, `assets-${region}`, {}, inRegion(region));

describeRule(rule, {
  compliant: [
    { title: "stack with a bucket and an enabled detector", resources: [bucket, detector()] },
    { title: "detector with enable unset (defaults to true)", resources: [bucket, detector({ enable: undefined })] },
    {
      title: "buckets in two regions, each with its detector",
      resources: [
        bucketIn("eu-west-1"),
        bucketIn("us-east-1"),
        detector({}, inRegion("eu-west-1")),
        detector({}, inRegion("us-east-1"), "us"),
      ],
    },
    {
      title: "one suspended detector next to an enabled one in the same region",
      resources: [bucket, detector({ enable: false }, {}, "old"), detector()],
    },
    {
      title: "EKS protection off in a stack that creates no EKS cluster",
      resources: [bucket, detector(), feature("EKS_AUDIT_LOGS", "DISABLED"), feature("S3_DATA_EVENTS", "ENABLED")],
    },
  ],
  violating: [
    { title: "stack with a bucket and no detector", resources: [bucket], codes: ["not-declared"] },
    { title: "detector with enable=false", resources: [bucket, detector({ enable: false })], codes: ["detector-suspended"] },
    {
      title: "bucket in a second region that has no detector",
      resources: [bucketIn("eu-west-1"), bucketIn("us-east-1"), detector({}, inRegion("eu-west-1"))],
      codes: ["not-declared"],
    },
    {
      title: "S3 protection off in a stack that creates buckets",
      resources: [bucket, detector(), feature("S3_DATA_EVENTS", "DISABLED")],
      codes: ["protection-off"],
    },
    {
      title: "suspended detector in an account the map manages centrally is still reported",
      resources: [bucket, detector({ enable: false })],
      map: centralMap(["guardduty"], "all"),
      codes: ["detector-suspended"],
    },
    {
      title: "bucket in an account the map does not list as central",
      resources: [resource(AWS.s3Bucket, "assets", {}, inAccount("999999999999"))],
      map: centralMap(["guardduty"], ["210987654321"]),
      codes: ["not-declared"],
    },
    {
      title: "suspended detector in one region next to one whose enable flag is computed in another",
      resources: [
        bucketIn("eu-west-1"),
        detector({ enable: UNKNOWN.boolean }, inRegion("eu-west-1"), "eu"),
        detector({ enable: false }, inRegion("us-east-1"), "us"),
      ],
      codes: ["detector-suspended"],
      undecided: ["eu"],
    },
  ],
  notApplicable: [
    {
      title: "map manages GuardDuty centrally for all accounts",
      resources: [bucket],
      map: centralMap(["guardduty"], "all"),
      reason:
        "The responsibility map says GuardDuty is managed centrally in northwind/landing-zone/prod by Tomas Novak for every account: Set by the landing zone.",
    },
    {
      title: "stack without AWS resources",
      resources: [resource("azure-native:storage:StorageAccount", "data", {})],
      reason: "The stack has no AWS resources, so GuardDuty is not expected of it.",
    },
    {
      title: "map puts GuardDuty detectors on the provider's side",
      resources: [bucket],
      map: mapWithScope("threat-detection", {
        provider: "aws",
        resourceTypes: ["aws:guardduty/*"],
        side: "provider",
        note: "The MSSP runs GuardDuty.",
      }),
      reason: "The responsibility map puts GuardDuty outside this stack: The MSSP runs GuardDuty.",
    },
  ],
  unknown: [
    { title: "detector whose enable flag is computed", resources: [bucket, detector({ enable: UNKNOWN.boolean })], undecided: ["main"] },
    {
      title: "S3 feature whose status is computed",
      resources: [bucket, detector(), feature("S3_DATA_EVENTS", UNKNOWN.string)],
      undecided: ["s3_data_events"],
    },
  ],
});
