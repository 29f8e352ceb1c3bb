import type { InstanceArgs, InstanceMetadataDefaultsArgs } from "@pulumi/aws/ec2";
import { StackIndex } from "../../core/joins";
import { valueClause } from "../../core/message";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { centralEntry } from "../support/central";
import { launchTemplateOf } from "../support/ec2";
import { awsPlaceOf } from "../support/placement";

type Instance = Pick<InstanceArgs, "metadataOptions">;
type Defaults = Pick<InstanceMetadataDefaultsArgs, "httpTokens" | "httpEndpoint">;

const SETTINGS = ["optional", "required"];

function kindOf(type: string): string {
  if (type === AWS.ec2LaunchTemplate) return "launch template";
  if (type === AWS.ec2LaunchConfiguration) return "launch configuration";
  return "instance";
}

/** What a resource's own `metadataOptions` decide: "disabled", a token setting, or undefined when they leave it open. */
function ownSetting(resource: ResourceView): unknown {
  const { metadataOptions } = resource.props as Instance;
  if (!isRecord(metadataOptions)) return undefined;
  if (metadataOptions["httpEndpoint"] === "disabled") return "disabled";
  const httpTokens = metadataOptions["httpTokens"];
  // Deployed launch templates store an unset string as "".
  return httpTokens === "" ? undefined : httpTokens;
}

export default defineStackRule({
  name: "aws-ec2-instance-require-imdsv2",
  displayName: "EC2 instances require IMDSv2 session tokens",
  description:
    'Every EC2 instance, launch template and launch configuration requires IMDSv2 session tokens: `metadataOptions.httpTokens` is "required" (or the metadata endpoint is off) on it, on the launch template an instance is launched from, or in its account\'s `aws.ec2.InstanceMetadataDefaults`.',
  duty: "mfa",
  severity: "high",
  resourceTypes: [AWS.ec2Instance, AWS.ec2LaunchTemplate, AWS.ec2LaunchConfiguration, AWS.ec2InstanceMetadataDefaults],
  remediation: 'Set `metadataOptions: { httpTokens: "required" }` on the instance, launch template or launch configuration.',
  why: "a server-side request forgery in any application on the instance can read the instance role's credentials from IMDSv1",
  controls: { nist: ["AC-3", "AC-6"], securityHub: ["EC2.8"] },
  problems: {
    "imdsv1-allowed": '`metadataOptions.httpTokens` (own, from the launch template, or the account default) is not "required"',
    "tokens-unset": "`metadataOptions.httpTokens` is not set anywhere the stack or the map shows, so the AMI decides (advisory)",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    // The account defaults by place, read when a resource first leaves its setting open: one whose
    // place is unknown at preview leaves undecided only the resources that rely on a default.
    let defaults: Map<string, ResourceView[]> | undefined;
    const defaultsAt = (place: string): ResourceView[] => {
      if (defaults === undefined) {
        const byPlace = new Map<string, ResourceView[]>();
        for (const setting of index.ofType([AWS.ec2InstanceMetadataDefaults])) {
          const at = awsPlaceOf(setting);
          byPlace.set(at, [...(byPlace.get(at) ?? []), setting]);
        }
        defaults = byPlace;
      }
      return defaults.get(place) ?? [];
    };
    // Each resource on its own: one whose setting, template or account default is unknown at
    // preview is undecided, and the others are still judged.
    return judgeEach(index.ofType([AWS.ec2Instance, AWS.ec2LaunchTemplate, AWS.ec2LaunchConfiguration]), (resource) => {
      const kind = kindOf(resource.type);
      let setting = ownSetting(resource);
      let from = "";
      // Instance settings override the template's; unset ones come from it (EC2 User Guide, "Order of
      // precedence for instance metadata options": launch parameters, then account settings, then the AMI).
      if (setting === undefined && resource.type === AWS.ec2Instance) {
        const template = launchTemplateOf(index, resource);
        if (template !== undefined) {
          setting = ownSetting(template);
          from = ` (from its launch template ${template.name})`;
        }
      }
      if (setting === "disabled" || setting === "required") return undefined;
      if (setting !== undefined) {
        return [
          {
            code: "imdsv1-allowed",
            resource,
            subject: "metadataOptions.httpTokens",
            actual: `The ${kind} allows IMDSv1: \`metadataOptions.httpTokens\`${from} ${valueClause(setting, SETTINGS, "token setting")}`,
          },
        ];
      }
      // Unset at launch: the account's defaults for the region decide, then the AMI.
      // SDK (InstanceMetadataDefaults.httpTokens): "optional", "required" or "no-preference" (the default).
      const accountDefault = defaultsAt(awsPlaceOf(resource))
        .map((d) => (d.props as Defaults).httpTokens)
        .find((tokens) => tokens === "required" || tokens === "optional");
      if (accountDefault === "required") return undefined;
      if (accountDefault === "optional") {
        return [
          {
            code: "imdsv1-allowed",
            resource,
            subject: "metadataOptions.httpTokens",
            actual: `The ${kind} allows IMDSv1: \`metadataOptions.httpTokens\` is not set, and the account's \`aws.ec2.InstanceMetadataDefaults\` makes tokens optional`,
          },
        ];
      }
      if (centralEntry(ctx.map, "imds-defaults", resource) !== undefined) return undefined;
      // An AMI registered with ImdsSupport "v2.0" (Amazon Linux 2023 is) launches IMDSv2-only; the
      // program does not show the AMI's setting, so ask for the explicit one without blocking.
      // Deployed state shows the resolved `httpTokens`, and is judged by it above.
      const unset: StackViolation = {
        code: "tokens-unset",
        resource,
        subject: "metadataOptions.httpTokens-unset",
        advisory: true,
        actual: `The ${kind} does not say whether it requires IMDSv2: \`metadataOptions.httpTokens\` is not set${resource.type === AWS.ec2Instance ? " here or in a launch template of the stack" : ""}, so its AMI's \`ImdsSupport\` decides (Amazon Linux 2023 AMIs require tokens, many others do not) and no account default in the stack or the responsibility map settles it`,
        fix: 'Set `metadataOptions: { httpTokens: "required" }`, add an `aws.ec2.InstanceMetadataDefaults` with `httpTokens: "required"` for the account and region, or list the account under `settings.centrallyManaged` (control `imds-defaults`) in the responsibility map.',
      };
      return [unset];
    });
  },
});
