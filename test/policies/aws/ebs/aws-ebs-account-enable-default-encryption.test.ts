import rule from "../../../../policies/aws/ebs/aws-ebs-account-enable-default-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { centralMap, inAccount } from "../../../support/aws-placement";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const volume = resource(AWS.ebsVolume, "data", { availabilityZone: "eu-west-1a", size: 100, encrypted: true });
const instance = resource(AWS.ec2Instance, "web", { ami: "ami-123", instanceType: "t3.micro" });
const byDefault = (props: Record<string, unknown> = {}, extra = {}) =>
  resource(AWS.ebsEncryptionByDefault, "default", { enabled: true, ...props }, extra);

const KEY_ARN = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
// DefaultKmsKey only picks the key EBS uses; it does not turn default encryption on (ebs/defaultKmsKey.d.ts).
const defaultKey = resource(AWS.ebsDefaultKmsKey, "default-key", { keyArn: KEY_ARN });
const launchTemplate = resource(AWS.ec2LaunchTemplate, "web", { imageId: "ami-123", instanceType: "t3.micro" });
const launchConfiguration = resource(AWS.ec2LaunchConfiguration, "legacy", { imageId: "ami-123", instanceType: "t3.micro" });

const inRegion = (region: string) => ({ provider: { type: "pulumi:providers:aws", name: region, props: { region } } });
const volumeIn = (region: string, name = `data-${region}`) =>
  resource(AWS.ebsVolume, name, { availabilityZone: `${region}a`, size: 100, encrypted: true }, inRegion(region));

describeRule(rule, {
  compliant: [
    { title: "stack with a volume and EncryptionByDefault enabled=true", resources: [volume, byDefault()] },
    { title: "EncryptionByDefault with enabled unset (defaults to true)", resources: [instance, byDefault({ enabled: undefined })] },
    { title: "deployed EncryptionByDefault", resources: [{ ...instance, id: "i-123" }, byDefault({}, { id: "111122223333" })] },
    {
      title: "volumes in two regions, each with its EncryptionByDefault",
      resources: [volumeIn("eu-west-1"), volumeIn("us-east-1"), byDefault({}, inRegion("eu-west-1")), byDefault({}, inRegion("us-east-1"))],
    },
    {
      title: "a volume that sets its own region, and the setting made through that region's provider",
      resources: [
        resource(AWS.ebsVolume, "data", { region: "us-east-1", size: 10 }, inRegion("eu-west-1")),
        byDefault({}, inRegion("us-east-1")),
      ],
    },
    {
      title: "a launch template with EncryptionByDefault and a customer-managed DefaultKmsKey",
      resources: [launchTemplate, byDefault(), defaultKey],
    },
  ],
  violating: [
    {
      title: "EncryptionByDefault=false in one region next to one whose enabled flag is computed in another",
      resources: [
        volumeIn("eu-west-1"),
        byDefault({ enabled: UNKNOWN.boolean }, inRegion("eu-west-1")),
        resource(AWS.ebsEncryptionByDefault, "us", { enabled: false }, inRegion("us-east-1")),
      ],
      codes: ["default-encryption-off"],
      undecided: ["default"],
    },
    {
      title: "a launch configuration with a DefaultKmsKey but no EncryptionByDefault",
      resources: [launchConfiguration, defaultKey],
      codes: ["not-declared"],
    },
    {
      title: "stack with an instance and no EncryptionByDefault",
      resources: [instance],
      codes: ["not-declared"],
    },
    {
      title: "volume in a second region that has no EncryptionByDefault",
      resources: [volumeIn("eu-west-1"), volumeIn("us-east-1"), byDefault({}, inRegion("eu-west-1"))],
      codes: ["not-declared"],
    },
    {
      title: "EncryptionByDefault with enabled=false in a region where the stack creates no volume",
      resources: [volumeIn("eu-west-1"), byDefault({}, inRegion("eu-west-1")), byDefault({ enabled: false }, inRegion("us-east-1"))],
      codes: ["default-encryption-off"],
    },
    {
      title: "instance in an account the map does not list as central",
      resources: [resource(AWS.ec2Instance, "web", { ami: "ami-123" }, inAccount("999999999999"))],
      codes: ["not-declared"],
    },
    {
      title: "EncryptionByDefault with enabled=false declared in a centrally managed account is still reported",
      resources: [volume, byDefault({ enabled: false })],
      map: centralMap(["ebs-encryption-by-default"], "all"),
      codes: ["default-encryption-off"],
    },
    {
      title: "EncryptionByDefault with enabled=false",
      resources: [volume, byDefault({ enabled: false })],
      codes: ["default-encryption-off"],
    },
  ],
  notApplicable: [
    {
      title: "stack in an application account whose EBS defaults the bundled map says the landing zone sets",
      resources: [resource(AWS.ec2Instance, "web", { ami: "ami-123" }, inAccount("210987654321"))],
      reason:
        "The responsibility map says EBS encryption by default is managed centrally in northwind/landing-zone/prod by Tomas Novak for this account: The landing zone's organisation trail, EBS and IMDS defaults and password policy cover the application accounts.",
    },
    {
      title: "map manages EBS defaults centrally for all accounts",
      resources: [instance],
      map: centralMap("all", "all"),
      reason:
        "The responsibility map says EBS encryption by default is managed centrally in northwind/landing-zone/prod by Tomas Novak for every account: Set by the landing zone.",
    },
    {
      title: "stack without EC2 or EBS resources",
      resources: [resource(AWS.s3Bucket, "assets", {})],
      reason: "The stack creates no EBS volume, EC2 instance, launch template or launch configuration",
    },
    {
      title: "map puts EBS default encryption on the provider's side",
      resources: [instance],
      map: mapWithScope("encryption-at-rest", {
        provider: "aws",
        resourceTypes: ["aws:ebs/encryptionByDefault:*"],
        side: "provider",
        note: "Set by the landing zone in every account.",
      }),
      reason:
        "The responsibility map puts EBS encryption by default on the provider's side for this account: Set by the landing zone in every account.",
    },
  ],
  unknown: [
    {
      title: "EncryptionByDefault whose enabled flag is computed",
      resources: [instance, byDefault({ enabled: UNKNOWN.boolean })],
      undecided: ["default"],
    },
    {
      title: "EncryptionByDefault=false next to one in the same place whose enabled flag is computed",
      resources: [instance, byDefault({ enabled: false }), resource(AWS.ebsEncryptionByDefault, "other", { enabled: UNKNOWN.boolean })],
      undecided: ["default", "other"],
    },
  ],
});
