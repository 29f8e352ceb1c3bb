import { describe, expect, it } from "vitest";
import rule from "../../../../policies/aws/ec2/aws-ec2-instance-require-imdsv2";
import { AWS } from "../../../../policies/core/tokens";
import { centralMap, inAccount, inRegion } from "../../../support/aws-placement";
import { canary, describeRule, resource, run, UNKNOWN, urnOf } from "../../../support/rules";

const REQUIRED = { httpTokens: "required", httpEndpoint: "enabled" };
const instance = (props: Record<string, unknown>, extra = {}) =>
  resource(AWS.ec2Instance, "web", { ami: "ami-123", metadataOptions: REQUIRED, ...props }, extra);
const template = (props: Record<string, unknown>, extra = {}) =>
  resource(AWS.ec2LaunchTemplate, "web-lt", { name: "web-lt-1a2b", imageId: "ami-123", metadataOptions: REQUIRED, ...props }, extra);
const configuration = (props: Record<string, unknown>) =>
  resource(AWS.ec2LaunchConfiguration, "web-lc", { imageId: "ami-123", instanceType: "t3.micro", metadataOptions: REQUIRED, ...props });
const accountDefaults = (httpTokens: unknown, extra = {}) =>
  resource(AWS.ec2InstanceMetadataDefaults, "imds", { httpTokens, httpPutResponseHopLimit: 1 }, extra);
/** An Amazon Linux 2023 instance as most examples write it: no metadataOptions at all. */
const al2023 = (extra = {}) => instance({ ami: "ami-0al2023", metadataOptions: undefined }, extra);
/** Launched from the stack's template in preview: its id is unknown, the dependency names it. */
const fromTemplate = (props: Record<string, unknown> = {}) => ({
  ...instance({ ami: undefined, metadataOptions: undefined, launchTemplate: { id: UNKNOWN.string, version: "$Latest" }, ...props }),
  propertyDependencies: { launchTemplate: [urnOf(AWS.ec2LaunchTemplate, "web-lt")] },
});

const UNSET_INSTANCE =
  "The instance does not say whether it requires IMDSv2: `metadataOptions.httpTokens` is not set here or in a launch template of the stack, so its AMI's `ImdsSupport` decides (Amazon Linux 2023 AMIs require tokens, many others do not) and no account default in the stack or the responsibility map settles it";

describeRule(rule, {
  compliant: [
    { title: "instance with httpTokens=required", resources: [instance({})] },
    { title: "launch template with httpTokens=required", resources: [template({})] },
    { title: "launch configuration with httpTokens=required", resources: [configuration({})] },
    { title: "instance with the metadata endpoint disabled", resources: [instance({ metadataOptions: { httpEndpoint: "disabled" } })] },
    {
      title: "deployed instance whose outputs show httpTokens=required (an AL2023 AMI with nothing set)",
      resources: [
        instance({ metadataOptions: { httpTokens: "required", httpEndpoint: "enabled", httpPutResponseHopLimit: 2 } }, { id: "i-1" }),
      ],
    },
    {
      title: "instance without metadataOptions launched from the stack's template requiring tokens (preview)",
      resources: [template({}), fromTemplate()],
    },
    {
      title: "instance without metadataOptions naming the stack's template by name (deployed, joined by value)",
      resources: [template({}, { id: "lt-0abc" }), instance({ metadataOptions: undefined, launchTemplate: { name: "web-lt-1a2b" } })],
    },
    {
      title: "instance without metadataOptions, InstanceMetadataDefaults httpTokens=required in its region",
      resources: [al2023(inRegion("eu-west-1")), accountDefaults("required", inRegion("eu-west-1"))],
    },
    {
      title: "launch template without metadataOptions, account defaults require tokens",
      resources: [template({ metadataOptions: undefined }), accountDefaults("required")],
    },
    {
      title: "instance without metadataOptions in an account whose IMDS defaults the bundled map says are central",
      resources: [al2023(inAccount("210987654321"))],
    },
  ],
  violating: [
    {
      title: 'instance with httpTokens "optional" next to an instance whose httpTokens is computed',
      resources: [
        instance({ metadataOptions: { httpTokens: "optional" } }),
        { ...instance({ metadataOptions: { httpTokens: UNKNOWN.string } }), name: "batch" },
      ],
      codes: ["imdsv1-allowed"],
      undecided: ["batch"],
    },
    {
      title: 'instance with httpTokens "optional", account default computed',
      resources: [instance({ metadataOptions: { httpTokens: "optional" } }), accountDefaults(UNKNOWN.string)],
      codes: ["imdsv1-allowed"],
    },
    {
      title: "instance with a secret httpTokens that is no token setting",
      resources: [instance({ metadataOptions: { httpTokens: canary("required") } })],
      codes: ["imdsv1-allowed"],
    },
    {
      title: "instance with metadataOptions unset (Amazon Linux 2023 or not): advisory, never mandatory",
      resources: [al2023()],
      codes: ["tokens-unset"],
      levels: ["advisory"],
    },
    {
      title: "launch template with httpTokens=optional",
      resources: [template({ metadataOptions: { httpTokens: "optional" } })],
      codes: ["imdsv1-allowed"],
    },
    {
      title: "deployed instance whose outputs show httpTokens=optional",
      resources: [instance({ metadataOptions: { httpTokens: "optional", httpEndpoint: "enabled" } }, { id: "i-1" })],
      codes: ["imdsv1-allowed"],
    },
    {
      title: "instance inheriting httpTokens=optional from the stack's launch template",
      resources: [template({ metadataOptions: { httpTokens: "optional" } }), fromTemplate()],
      codes: ["imdsv1-allowed", "imdsv1-allowed"],
    },
    {
      title: "instance without metadataOptions, account defaults make tokens optional",
      resources: [al2023(), accountDefaults("optional")],
      codes: ["imdsv1-allowed"],
    },
    {
      title: "instance without metadataOptions, account defaults required only in another region: advisory",
      resources: [al2023(inRegion("us-east-1")), accountDefaults("required", inRegion("eu-west-1"))],
      codes: ["tokens-unset"],
      levels: ["advisory"],
    },
    {
      title: "instance without metadataOptions, account defaults with no preference: advisory",
      resources: [al2023(), accountDefaults("no-preference")],
      codes: ["tokens-unset"],
      levels: ["advisory"],
    },
    {
      title: "launch configuration with httpTokens unset: advisory",
      resources: [configuration({ metadataOptions: { httpEndpoint: "enabled" } })],
      codes: ["tokens-unset"],
      levels: ["advisory"],
    },
    {
      title: "instance without metadataOptions in an account the map lists only for CloudTrail: advisory",
      resources: [al2023(inAccount("210987654321"))],
      map: centralMap(["cloudtrail"], "all"),
      codes: ["tokens-unset"],
      levels: ["advisory"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "instance whose httpTokens is computed", resources: [instance({ metadataOptions: { httpTokens: UNKNOWN.string } })] },
    {
      title: "instance without metadataOptions, account default computed",
      resources: [al2023(), accountDefaults(UNKNOWN.string)],
      undecided: ["web"],
    },
  ],
});

describe(`${rule.name} wording`, () => {
  it("does not claim an instance that leaves httpTokens unset allows IMDSv1", () => {
    const [finding] = run(rule, [al2023()]);
    expect(finding?.problem).toBe(UNSET_INSTANCE);
  });
});
