import rule from "../../../../policies/aws/ec2/aws-ec2-instance-require-encrypted-volumes";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

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

describeRule(rule, {
  compliant: [
    { title: "instance with encrypted root and EBS devices", resources: [instance()] },
    {
      title: "instance without devices in a stack with EncryptionByDefault",
      resources: [instance({ rootBlockDevice: undefined, ebsBlockDevices: undefined }), byDefault()],
    },
    { title: "deployed instance with encrypted devices", resources: [instance({}, { id: "i-123" })] },
    {
      title: "deployed instance in a stack with deployed EncryptionByDefault",
      resources: [instance({ rootBlockDevice: { encrypted: false } }, { id: "i-123" }), byDefault(true, { id: "111122223333" })],
    },
  ],
  violating: [
    {
      title: "instance with rootBlockDevice unset",
      resources: [instance({ rootBlockDevice: undefined })],
      problems: [
        "The instance's root volume is not encrypted: `rootBlockDevice.encrypted` is not set and the stack does not turn on EBS encryption by default",
      ],
    },
    {
      title: "instance with rootBlockDevice.encrypted=false",
      resources: [instance({ rootBlockDevice: { encrypted: false } })],
      problems: ["The instance's root volume is not encrypted: `rootBlockDevice.encrypted` is false"],
    },
    {
      title: "instance with one unencrypted EBS device, EncryptionByDefault disabled",
      resources: [
        instance({ ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }, { deviceName: "/dev/sdg" }] }),
        byDefault(false),
      ],
      problems: ["The instance's EBS volume 1 is not encrypted: `ebsBlockDevices[1].encrypted` is not true"],
    },
    {
      title: "deployed instance with an unencrypted root",
      resources: [instance({ rootBlockDevice: { encrypted: false } }, { id: "i-123" })],
      problems: ["The instance's root volume is not encrypted: `rootBlockDevice.encrypted` is false"],
    },
  ],
  notApplicable: [
    {
      title: "instance where the map puts EC2 encryption on the provider's side",
      resources: [instance({ rootBlockDevice: undefined })],
      map: mapWithScope("encryption-at-rest", { provider: "aws", resourceTypes: ["aws:ec2/*"], side: "provider", note: "SCP enforced." }),
      reason: /on the provider's side: SCP enforced\.$/,
    },
  ],
  unknown: [
    { title: "instance whose root encryption is computed", resources: [instance({ rootBlockDevice: { encrypted: UNKNOWN.boolean } })] },
    { title: "EncryptionByDefault whose enabled flag is computed", resources: [instance(), byDefault(UNKNOWN.boolean)] },
  ],
});
