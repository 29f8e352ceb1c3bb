import rule from "../../../../policies/aws/ec2/aws-ec2-instance-require-imdsv2";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const REQUIRED = { httpTokens: "required", httpEndpoint: "enabled" };
const instance = (props: Record<string, unknown>) =>
  resource(AWS.ec2Instance, "web", { ami: "ami-123", metadataOptions: REQUIRED, ...props });
const template = (props: Record<string, unknown>) =>
  resource(AWS.ec2LaunchTemplate, "web", { imageId: "ami-123", metadataOptions: REQUIRED, ...props });
const configuration = (props: Record<string, unknown>) =>
  resource(AWS.ec2LaunchConfiguration, "web-lc", { imageId: "ami-123", instanceType: "t3.micro", metadataOptions: REQUIRED, ...props });

describeRule(rule, {
  compliant: [
    { title: "instance with httpTokens=required", resources: [instance({})] },
    { title: "launch template with httpTokens=required", resources: [template({})] },
    { title: "launch configuration with httpTokens=required", resources: [configuration({})] },
    { title: "instance with the metadata endpoint disabled", resources: [instance({ metadataOptions: { httpEndpoint: "disabled" } })] },
  ],
  violating: [
    {
      title: "instance with a secret httpTokens that is no token setting",
      resources: [instance({ metadataOptions: { httpTokens: canary("required") } })],
      problems: ["The instance allows IMDSv1: `metadataOptions.httpTokens` is not a recognised token setting"],
    },
    {
      title: "instance with metadataOptions unset",
      resources: [instance({ metadataOptions: undefined })],
      problems: ["The instance allows IMDSv1: `metadataOptions` is not set, and EC2 then accepts requests without a session token"],
    },
    {
      title: "launch template with httpTokens=optional",
      resources: [template({ metadataOptions: { httpTokens: "optional" } })],
      problems: ['The launch template allows IMDSv1: `metadataOptions.httpTokens` is "optional"'],
    },
    {
      title: "launch configuration with httpTokens unset",
      resources: [configuration({ metadataOptions: { httpEndpoint: "enabled" } })],
      problems: [
        "The launch configuration allows IMDSv1: `metadataOptions.httpTokens` is not set, and EC2 then accepts requests without a session token",
      ],
    },
  ],
  notApplicable: [
    {
      title: "instance where the map puts EC2 strong authentication on the provider's side",
      resources: [instance({ metadataOptions: undefined })],
      map: mapWithScope("mfa", { provider: "aws", resourceTypes: ["aws:ec2/*"], side: "provider", note: "Account-level IMDS defaults." }),
      reason: /on the provider's side: Account-level IMDS defaults\.$/,
    },
  ],
  unknown: [{ title: "instance whose httpTokens is computed", resources: [instance({ metadataOptions: { httpTokens: UNKNOWN.string } })] }],
});
