import type { LaunchConfigurationArgs, LaunchTemplateArgs } from "@pulumi/aws/ec2";
import { StackIndex } from "../../core/joins";
import { valueClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { EbsDefaultEncryption } from "../support/ebs-default";

type Template = Pick<LaunchTemplateArgs, "blockDeviceMappings">;
type Configuration = Pick<LaunchConfigurationArgs, "rootBlockDevice" | "ebsBlockDevices">;

const FIX_DEFAULT = "or add an `aws.ebs.EncryptionByDefault` with `enabled: true` for its account and region";

export default defineStackRule({
  name: "aws-ec2-launchtemplate-require-encrypted-volumes",
  displayName: "Launch templates and launch configurations encrypt their EBS volumes",
  description:
    'Every launch template sets `ebs.encrypted` to "true" (a string) on each `blockDeviceMappings` entry, and every launch configuration sets `encrypted` on its root and EBS devices, unless the stack turns on EBS encryption by default.',
  duty: "encryption-at-rest",
  severity: "high",
  resourceTypes: [AWS.ec2LaunchTemplate, AWS.ec2LaunchConfiguration, AWS.ebsEncryptionByDefault],
  remediation:
    'Set `ebs: { encrypted: "true" }` on every `blockDeviceMappings` entry of the launch template (`encrypted: true` on a launch configuration\'s devices), or add an `aws.ebs.EncryptionByDefault` with `enabled: true` to the stack.',
  why: "every instance launched from it writes to volumes that anyone holding a snapshot can read",
  controls: { nist: ["SC-28"], pciDss: ["3.5.1"], iso27001: ["A.8.24"], cis: ["AWS 2.2.1"] },
  problems: {
    "no-ebs-mappings": "a launch template has no `blockDeviceMappings` with `ebs` and EBS encryption by default is not on",
    "volume-encryption-off": 'a launch template\'s `ebs.encrypted` is not "true" ("false" or not a boolean string)',
    "volume-encryption-unset": "a launch template's `ebs.encrypted` is not set and EBS encryption by default is not on",
    "configuration-volume-unencrypted":
      "a launch configuration device does not set `encrypted` true and EBS encryption by default does not cover it",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const byDefault = new EbsDefaultEncryption(index, ctx);
    // Each template and configuration on its own: one whose settings or account default are
    // unknown at preview is undecided, and the others are still judged.
    const templates = judgeEach(index.ofType([AWS.ec2LaunchTemplate]), (template) => {
      const violations: StackViolation[] = [];
      // SDK (LaunchTemplateBlockDeviceMappingEbs.encrypted, a string): unset, a volume follows its
      // snapshot, then the account and region's EBS encryption by default. An explicit "false" is
      // reported even then, as on instances and volumes.
      const { blockDeviceMappings } = template.props as Template;
      const mappings = Array.isArray(blockDeviceMappings) ? blockDeviceMappings : [];
      const ebsMappings = mappings
        .map((m: unknown, position: number) => [m, position] as const)
        .filter(([m]) => isRecord(m) && isRecord(m["ebs"]));
      if (ebsMappings.length === 0) {
        if (byDefault.covers(template) !== undefined) return violations;
        violations.push({
          code: "no-ebs-mappings",
          resource: template,
          subject: "blockDeviceMappings",
          actual:
            "The launch template does not encrypt its volumes: it has no `blockDeviceMappings` with `ebs`, so volumes follow the image's snapshots and EBS encryption by default is not on for its account and region",
          fix: `Add a \`blockDeviceMappings\` entry for the root device with \`ebs: { encrypted: "true" }\`, ${FIX_DEFAULT}.`,
        });
        return violations;
      }
      for (const [mapping, position] of ebsMappings) {
        const encrypted = (mapping as { ebs: Record<string, unknown> }).ebs["encrypted"];
        if (encrypted === "true") continue;
        // Deployed state stores an unset string as "".
        const unset = encrypted === undefined || encrypted === "";
        if (unset && byDefault.covers(template) !== undefined) continue;
        violations.push({
          code: unset ? "volume-encryption-unset" : "volume-encryption-off",
          resource: template,
          subject: `blockDeviceMappings[${position}]`,
          actual: unset
            ? `The launch template's volume ${position} is not encrypted: \`blockDeviceMappings[${position}].ebs.encrypted\` is not set`
            : `The launch template's volume ${position} is not encrypted: \`blockDeviceMappings[${position}].ebs.encrypted\` ${valueClause(encrypted, ["true", "false"], "boolean")}`,
          fix: `Set \`blockDeviceMappings[${position}].ebs.encrypted\` to "true" (a string), ${FIX_DEFAULT}.`,
        });
      }
      return violations;
    });
    const configurations = judgeEach(index.ofType([AWS.ec2LaunchConfiguration]), (configuration) => {
      const violations: StackViolation[] = [];
      // Read only where a device leaves `encrypted` unset, so an unknown default leaves explicit settings judged.
      const covered = (): boolean => byDefault.covers(configuration) !== undefined;
      const { rootBlockDevice } = configuration.props as Configuration;
      const rootEncrypted = isRecord(rootBlockDevice) ? rootBlockDevice["encrypted"] : undefined;
      if (rootEncrypted === false || (rootEncrypted !== true && !covered())) {
        violations.push({
          code: "configuration-volume-unencrypted",
          resource: configuration,
          subject: "rootBlockDevice",
          actual: "The launch configuration's root volume is not encrypted: `rootBlockDevice.encrypted` is not true",
          fix: `Set \`rootBlockDevice: { encrypted: true }\`, ${FIX_DEFAULT}.`,
        });
      }
      const { ebsBlockDevices } = configuration.props as Configuration;
      if (!Array.isArray(ebsBlockDevices)) return violations;
      ebsBlockDevices.forEach((device: unknown, position: number) => {
        if (isRecord(device) && (device["encrypted"] === true || device["noDevice"] === true)) return;
        if (!(isRecord(device) && device["encrypted"] === false) && covered()) return;
        violations.push({
          code: "configuration-volume-unencrypted",
          resource: configuration,
          subject: `ebsBlockDevices[${position}]`,
          actual: `The launch configuration's EBS volume ${position} is not encrypted: \`ebsBlockDevices[${position}].encrypted\` is not true`,
          fix: `Set \`encrypted: true\` on \`ebsBlockDevices[${position}]\`, ${FIX_DEFAULT}.`,
        });
      });
      return violations;
    });
    return [...templates, ...configurations];
  },
});
