import rule from "../../../../policies/aws/cfg/aws-cfg-recorder-enable-recording";
import { AWS } from "../../../../policies/core/tokens";
import { centralMap, inAccount, inRegion } from "../../../support/aws-placement";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const table = resource(AWS.dynamodbTable, "orders", {});
const recorder = (props: Record<string, unknown> = {}, extra = {}, name = "recorder") =>
  resource(AWS.cfgRecorder, name, { name: "default", roleArn: "arn:aws:iam::111122223333:role/config", ...props }, extra);
const status = (isEnabled: unknown = true, extra = {}, name = "recorder-status") =>
  resource(AWS.cfgRecorderStatus, name, { name: "default", isEnabled }, extra);
const channel = (extra = {}, name = "channel") =>
  resource(AWS.cfgDeliveryChannel, name, { name: "default", s3BucketName: "config-logs" }, extra);
const recording = (extra = {}, suffix = "") => [
  recorder({}, extra, `recorder${suffix}`),
  status(true, extra, `recorder-status${suffix}`),
  channel(extra, `channel${suffix}`),
];

describeRule(rule, {
  compliant: [
    { title: "recorder with recordingGroup unset, started, with a delivery channel", resources: [table, ...recording()] },
    {
      title: "recorder with recordingGroup.allSupported=true and global types",
      resources: [table, recorder({ recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } }), status(), channel()],
    },
    {
      title: "tables in two regions, each with a started recorder",
      resources: [
        resource(AWS.dynamodbTable, "eu", {}, inRegion("eu-west-1")),
        resource(AWS.dynamodbTable, "us", {}, inRegion("us-east-1")),
        ...recording(inRegion("eu-west-1")),
        ...recording(inRegion("us-east-1"), "-us"),
      ],
    },
  ],
  violating: [
    { title: "stack with a table and no recorder", resources: [table], codes: ["not-declared"] },
    {
      title: "recorder with recordingGroup.allSupported=false",
      resources: [table, recorder({ recordingGroup: { allSupported: false, resourceTypes: ["AWS::S3::Bucket"] } }), status(), channel()],
      codes: ["not-all-resources"],
    },
    {
      title: "recorder with RecorderStatus isEnabled=false",
      resources: [table, recorder(), status(false), channel()],
      codes: ["not-started"],
    },
    {
      title: "recorder with neither a RecorderStatus nor a DeliveryChannel",
      resources: [table, recorder()],
      codes: ["not-started", "no-delivery-channel"],
    },
    {
      title: "recorder whose status and channel are in another region",
      resources: [table, recorder(), status(true, inRegion("us-east-1")), channel(inRegion("us-east-1"))],
      codes: ["not-started", "no-delivery-channel", "not-declared"],
    },
    {
      title: "stopped recorder in an account the map manages centrally is still reported",
      resources: [table, recorder(), status(false), channel()],
      map: centralMap(["config"], "all"),
      codes: ["not-started"],
    },
    {
      title: "table in an account the map does not list as central",
      resources: [resource(AWS.dynamodbTable, "orders", {}, inAccount("999999999999"))],
      map: centralMap(["config"], ["210987654321"]),
      codes: ["not-declared"],
    },
  ],
  notApplicable: [
    {
      title: "map manages AWS Config centrally for all accounts",
      resources: [table],
      map: centralMap(["config"], "all"),
      reason:
        "The responsibility map says AWS Config is managed centrally in northwind/landing-zone/prod by Tomas Novak for every account: Set by the landing zone.",
    },
    {
      title: "stack without AWS resources",
      resources: [resource("azure-native:storage:StorageAccount", "data", {})],
      reason: "The stack has no AWS resources, so AWS Config is not expected of it.",
    },
    {
      title: "map puts AWS Config on the provider's side",
      resources: [table],
      map: mapWithScope("threat-detection", {
        provider: "aws",
        resourceTypes: ["aws:cfg/*"],
        side: "provider",
        note: "The MSSP runs AWS Config.",
      }),
      reason: "The responsibility map puts AWS Config outside this stack: The MSSP runs AWS Config.",
    },
  ],
  unknown: [
    {
      title: "recorder whose status isEnabled flag is computed",
      resources: [table, recorder(), status(UNKNOWN.boolean), channel()],
      undecided: ["recorder"],
    },
    {
      title: "recorder whose recordingGroup is computed",
      resources: [table, recorder({ recordingGroup: UNKNOWN.object }), status(), channel()],
      undecided: ["recorder"],
    },
  ],
});
