import type { InstanceArgs, LaunchConfigurationArgs, LaunchTemplateArgs } from "@pulumi/aws/ec2";
import { defineRule, notApplicable } from "../../core/rule";
import { scriptViolations } from "../../core/secret-shapes";
import { AWS } from "../../core/tokens";

type Instance = Pick<InstanceArgs | LaunchConfigurationArgs, "userData" | "userDataBase64">;
type LaunchTemplate = Pick<LaunchTemplateArgs, "userData">;

/** The user data properties of each type, and whether the SDK says they hold base64. */
function userDataOf(type: string, props: object): [path: string, value: unknown, base64: boolean][] {
  if (type === AWS.ec2LaunchTemplate) {
    // SDK LaunchTemplate.userData: "The base64-encoded user data to provide when launching the instance."
    return [["userData", (props as LaunchTemplate).userData, true]];
  }
  // SDK Instance / LaunchConfiguration: `userData` is "The user data to provide when launching the
  // instance"; `userDataBase64` "pass base64-encoded binary data directly".
  const { userData, userDataBase64 } = props as Instance;
  return [
    ["userData", userData, false],
    ["userDataBase64", userDataBase64, true],
  ];
}

export default defineRule({
  name: "aws-ec2-instance-disallow-userdata-secrets",
  displayName: "EC2 user data carries no credentials",
  description:
    "No EC2 instance, launch template or launch configuration has user data holding a credential (an AWS access key, a private key, a password in a URL or an assignment); the boot script fetches secrets at run time instead.",
  duty: "secrets-hygiene",
  severity: "high",
  resourceTypes: [AWS.ec2Instance, AWS.ec2LaunchTemplate, AWS.ec2LaunchConfiguration],
  remediation:
    "Remove the credential from the user data: give the instance an IAM role (instance profile) and have the boot script read secrets from Secrets Manager or SSM Parameter Store.",
  why: "user data is readable by anyone who may describe the instance and by every process on it through the instance metadata service",
  controls: { nist: ["IA-5(7)"], pciDss: ["8.6.2"], iso27001: ["A.5.17"] },
  problems: { "credential-in-value": "the user data holds something that looks like a credential" },
  check(resource) {
    const scripts = userDataOf(resource.type, resource.props).map(([path, value, base64]) => ({ path, value, base64 }));
    return scriptViolations(scripts, resource.secrets) ?? notApplicable("No user data is set");
  },
});
