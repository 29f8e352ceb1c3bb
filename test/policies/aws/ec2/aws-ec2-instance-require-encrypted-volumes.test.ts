import rule from "../../../../policies/aws/ec2/aws-ec2-instance-require-encrypted-volumes";
import { AWS } from "../../../../policies/core/tokens";
import { inAccount, inRegion } from "../../../support/aws-placement";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

const instance = (props: Record<string, unknown> = {}, extra = {}) =>
  resource(
    AWS.ec2Instance,
    "web",
    {
      ami: "ami-123",
      instanceType: "t3.micro",
      rootBlockDevice: { encrypted: true },
      ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }],
      ...props,
    },
    extra,
  );
const byDefault = (enabled: unknown = true, extra = {}) => resource(AWS.ebsEncryptionByDefault, "default", { enabled }, extra);
const bare = (props: Record<string, unknown> = {}, extra = {}) =>
  instance({ rootBlockDevice: undefined, ebsBlockDevices: undefined, ...props }, extra);
const template = (encrypted: string | undefined, extra = {}) =>
  resource(
    AWS.ec2LaunchTemplate,
    "web-lt",
    { name: "web-lt-1a2b", imageId: "ami-123", blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted, volumeSize: 20 } }] },
    extra,
  );
/** An instance launched from the stack's template in preview: the template's id is unknown, the dependency names it. */
const fromTemplate = (props: Record<string, unknown> = {}) => ({
  ...bare({ ami: undefined, launchTemplate: { id: UNKNOWN.string, version: "$Latest" }, ...props }),
  propertyDependencies: { launchTemplate: [urnOf(AWS.ec2LaunchTemplate, "web-lt")] },
});
describeRule(rule, {
  compliant: [
    { title: "instance with encrypted root and EBS devices", resources: [instance()] },
    {
      title: "instance without devices in a stack with EncryptionByDefault",
      resources: [instance({ rootBlockDevice: undefined, ebsBlockDevices: undefined }), byDefault()],
    },
    { title: "deployed instance with encrypted devices", resources: [instance({}, { id: "i-123" })] },
    {
      title: "deployed instance (root encrypted in outputs) in a stack with deployed EncryptionByDefault",
      resources: [instance({ rootBlockDevice: { encrypted: true } }, { id: "i-123" }), byDefault(true, { id: "111122223333" })],
    },
    {
      title: "instance without devices, EncryptionByDefault in its own region",
      resources: [bare({}, inRegion("eu-west-1")), byDefault(true, inRegion("eu-west-1"))],
    },
    {
      title: "instance without devices in an account whose EBS defaults the map says are central",
      resources: [bare({}, inAccount("210987654321"))],
    },
    {
      title: "instance launched from the stack's launch template that encrypts its volumes (preview)",
      resources: [template("true"), fromTemplate()],
    },
    {
      title: "instance naming the stack's launch template by name (deployed, joined by value)",
      resources: [template("true", { id: "lt-0abc" }), bare({ launchTemplate: { name: "web-lt-1a2b" } }, { id: "i-123" })],
    },
    {
      title: "instance launched from a launch template of another stack (checked there)",
      resources: [bare({ launchTemplate: { id: "lt-0other" } })],
    },
  ],
  violating: [
    {
      title: "instance with rootBlockDevice.encrypted=false next to an instance whose root encryption is computed",
      resources: [
        instance({ rootBlockDevice: { encrypted: false } }),
        { ...instance({ rootBlockDevice: { encrypted: UNKNOWN.boolean } }), name: "batch" },
      ],
      codes: ["volume-encryption-off"],
      undecided: ["batch"],
    },
    {
      title: "instance with rootBlockDevice.encrypted=false, EncryptionByDefault whose enabled flag is computed",
      resources: [instance({ rootBlockDevice: { encrypted: false } }), byDefault(UNKNOWN.boolean)],
      codes: ["volume-encryption-off"],
    },
    {
      title: "instance with rootBlockDevice unset",
      resources: [instance({ rootBlockDevice: undefined })],
      codes: ["volume-encryption-unset"],
    },
    {
      title: "instance without devices, EncryptionByDefault only in another region",
      resources: [bare({}, inRegion("us-east-1")), byDefault(true, inRegion("eu-west-1"))],
      codes: ["volume-encryption-unset"],
    },
    {
      title: "instance with rootBlockDevice.encrypted=false even under EncryptionByDefault",
      resources: [instance({ rootBlockDevice: { encrypted: false } }), byDefault()],
      codes: ["volume-encryption-off"],
    },
    {
      title: "instance launched from the stack's launch template that leaves volumes unencrypted",
      resources: [template(undefined), fromTemplate()],
      codes: ["volume-encryption-unset"],
    },
    {
      title: "instance with rootBlockDevice.encrypted=false",
      resources: [instance({ rootBlockDevice: { encrypted: false } })],
      codes: ["volume-encryption-off"],
    },
    {
      title: "instance with one unencrypted EBS device, EncryptionByDefault disabled",
      resources: [
        instance({ ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }, { deviceName: "/dev/sdg" }] }),
        byDefault(false),
      ],
      codes: ["volume-encryption-unset"],
    },
    {
      title: "deployed instance with an unencrypted root",
      resources: [instance({ rootBlockDevice: { encrypted: false } }, { id: "i-123" })],
      codes: ["volume-encryption-off"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "instance whose root encryption is computed", resources: [instance({ rootBlockDevice: { encrypted: UNKNOWN.boolean } })] },
    { title: "EncryptionByDefault whose enabled flag is computed", resources: [bare(), byDefault(UNKNOWN.boolean)], undecided: ["web"] },
  ],
});
