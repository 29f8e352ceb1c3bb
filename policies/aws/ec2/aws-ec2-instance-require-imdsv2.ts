import type { InstanceArgs } from "@pulumi/aws/ec2";
import { valueClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Instance = Pick<InstanceArgs, "metadataOptions">;

function kindOf(type: string): string {
  if (type === AWS.ec2LaunchTemplate) return "launch template";
  if (type === AWS.ec2LaunchConfiguration) return "launch configuration";
  return "instance";
}

export default defineRule({
  name: "aws-ec2-instance-require-imdsv2",
  displayName: "EC2 instances require IMDSv2 session tokens",
  description:
    'Every EC2 instance, launch template and launch configuration sets `metadataOptions.httpTokens` to "required" (or turns the metadata endpoint off).',
  duty: "mfa",
  severity: "high",
  resourceTypes: [AWS.ec2Instance, AWS.ec2LaunchTemplate, AWS.ec2LaunchConfiguration],
  remediation: 'Set `metadataOptions: { httpTokens: "required" }` on the instance, launch template or launch configuration.',
  why: "a server-side request forgery in any application on the instance can read the instance role's credentials from IMDSv1",
  controls: { nist: ["AC-3", "AC-6"], securityHub: ["EC2.8"] },
  check(resource) {
    const kind = kindOf(resource.type);
    const { metadataOptions } = resource.props as Instance;
    if (!isRecord(metadataOptions)) {
      return fail(`The ${kind} allows IMDSv1: \`metadataOptions\` is not set, and EC2 then accepts requests without a session token`);
    }
    if (metadataOptions["httpEndpoint"] === "disabled") return pass;
    const httpTokens = metadataOptions["httpTokens"];
    if (httpTokens === "required") return pass;
    return fail(
      httpTokens === undefined
        ? `The ${kind} allows IMDSv1: \`metadataOptions.httpTokens\` is not set, and EC2 then accepts requests without a session token`
        : `The ${kind} allows IMDSv1: \`metadataOptions.httpTokens\` ${valueClause(httpTokens, ["optional", "required"], "token setting")}`,
    );
  },
});
