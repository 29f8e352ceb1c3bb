import rule from "../../../../policies/aws/ec2/aws-ec2-launchtemplate-require-encrypted-volumes";
import { AWS } from "../../../../policies/core/tokens";
import { inAccount, inRegion } from "../../../support/aws-placement";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

const template = (props: Record<string, unknown> = {}, extra = {}) =>
  resource(
    AWS.ec2LaunchTemplate,
    "web",
    { imageId: "ami-123", blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true", volumeSize: 20 } }], ...props },
    extra,
  );
const configuration = (props: Record<string, unknown> = {}) =>
  resource(AWS.ec2LaunchConfiguration, "web-lc", {
    imageId: "ami-123",
    instanceType: "t3.micro",
    rootBlockDevice: { encrypted: true },
    ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }],
    ...props,
  });
const byDefault = (enabled: unknown = true, extra = {}) => resource(AWS.ebsEncryptionByDefault, "default", { enabled }, extra);

describeRule(rule, {
  compliant: [
    { title: 'launch template with ebs.encrypted="true"', resources: [template()] },
    { title: "launch configuration with encrypted root and EBS devices", resources: [configuration()] },
    {
      title: "launch template without mappings in a stack with EncryptionByDefault",
      resources: [template({ blockDeviceMappings: undefined }), byDefault()],
    },
    { title: "deployed launch template", resources: [template({}, { id: "lt-123" })] },
    {
      title: "launch template with ebs.encrypted unset, EncryptionByDefault in its region",
      resources: [
        template({ blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 20 } }] }, inRegion("eu-west-1")),
        byDefault(true, inRegion("eu-west-1")),
      ],
    },
    {
      title: 'deployed launch template with ebs.encrypted "" (unset) under EncryptionByDefault',
      resources: [template({ blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "" } }] }, { id: "lt-123" }), byDefault()],
    },
    {
      title: "launch template without mappings in an account whose EBS defaults the map says are central",
      resources: [template({ blockDeviceMappings: undefined }, inAccount("345678901234"))],
    },
  ],
  violating: [
    {
      title: 'launch template with ebs.encrypted="false" next to a launch configuration whose root device is computed',
      resources: [
        template({ blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "false" } }] }),
        configuration({ rootBlockDevice: UNKNOWN.object }),
      ],
      codes: ["volume-encryption-off"],
      undecided: ["web-lc"],
    },
    {
      title: "launch template whose volume has a secret encrypted that is no boolean",
      resources: [template({ blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: canary("true") } }] })],
      codes: ["volume-encryption-off"],
    },
    {
      title: 'launch template with ebs.encrypted="false"',
      resources: [template({ blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "false" } }] })],
      codes: ["volume-encryption-off"],
    },
    {
      title: "launch template with ebs.encrypted unset",
      resources: [template({ blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 20 } }] })],
      codes: ["volume-encryption-unset"],
    },
    {
      title: "launch template without mappings",
      resources: [template({ blockDeviceMappings: undefined })],
      codes: ["no-ebs-mappings"],
    },
    {
      title: "launch template without mappings, EncryptionByDefault only in another region",
      resources: [template({ blockDeviceMappings: undefined }, inRegion("us-east-1")), byDefault(true, inRegion("eu-west-1"))],
      codes: ["no-ebs-mappings"],
    },
    {
      title: 'launch template with ebs.encrypted="false" even under EncryptionByDefault',
      resources: [template({ blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "false" } }] }), byDefault()],
      codes: ["volume-encryption-off"],
    },
    {
      title: "launch configuration with an unencrypted root and EBS device",
      resources: [
        configuration({ rootBlockDevice: { encrypted: false }, ebsBlockDevices: [{ deviceName: "/dev/sdf" }] }),
        byDefault(false),
      ],
      codes: ["configuration-volume-unencrypted", "configuration-volume-unencrypted"],
    },
    {
      title: "deployed launch template with encrypted=false",
      resources: [template({ blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "false" } }] }, { id: "lt-123" })],
      codes: ["volume-encryption-off"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "launch template with ebs.encrypted unset, EncryptionByDefault whose enabled flag is computed",
      resources: [template({ blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 20 } }] }), byDefault(UNKNOWN.boolean)],
      undecided: ["web"],
    },
    {
      title: "launch template whose encrypted flag is computed",
      resources: [template({ blockDeviceMappings: [{ ebs: { encrypted: UNKNOWN.string } }] })],
    },
    { title: "launch configuration whose root device is computed", resources: [configuration({ rootBlockDevice: UNKNOWN.object })] },
  ],
});
