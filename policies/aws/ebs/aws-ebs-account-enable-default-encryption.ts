import type { EncryptionByDefaultArgs } from "@pulumi/aws/ebs";
import { StackIndex } from "../../core/joins";
import type { ResourceView } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach, undecidedWith } from "../../core/unknown";
import { centralEntry, centralReason } from "../support/central";
import { AWS_REGION, awsAccountOf, awsRegionOf } from "../support/placement";

type Default = Pick<EncryptionByDefaultArgs, "enabled">;

/** Resources whose volumes EBS default encryption would cover. */
const EBS_USERS = [AWS.ebsVolume, AWS.ec2Instance, AWS.ec2LaunchTemplate, AWS.ec2LaunchConfiguration];

export default defineStackRule({
  name: "aws-ebs-account-enable-default-encryption",
  displayName: "EBS encryption by default is on for the account and region",
  description:
    "For each AWS account and region a stack creates EC2 or EBS resources in, it declares an `aws.ebs.EncryptionByDefault` there with `enabled` true (the default).",
  duty: "encryption-at-rest",
  severity: "medium",
  resourceTypes: [AWS.ebsEncryptionByDefault, AWS.ebsDefaultKmsKey, ...EBS_USERS],
  remediation:
    'Add `new aws.ebs.EncryptionByDefault("default", { enabled: true })` to the stack that owns the account and region (and an `aws.ebs.DefaultKmsKey` for a customer-managed key), or list the account under `settings.centrallyManaged` (control `ebs-encryption-by-default`) in the responsibility map when a landing-zone stack sets it.',
  why: "every volume and snapshot someone creates without saying `encrypted` is stored unencrypted",
  controls: { nist: ["SC-28"], cis: ["AWS 2.2.1"], securityHub: ["EC2.7"] },
  problems: {
    "default-encryption-off": "an EncryptionByDefault sets `enabled` to false",
    "not-declared": "the stack creates EC2 or EBS resources in an account and region with no EncryptionByDefault",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    if (!index.has(EBS_USERS))
      return notApplicable("The stack creates no EBS volume, EC2 instance, launch template or launch configuration");
    const side = ctx.sideOf(AWS.ebsEncryptionByDefault);
    if (side.side === "provider") {
      return notApplicable(
        `The responsibility map puts EBS encryption by default on the provider's side for this account${side.note ? `: ${side.note}` : ""}`,
      );
    }
    // The setting is per account and region: group users and settings by where they land.
    const places = new Map<string, { readonly first: ResourceView; readonly settings: ResourceView[]; users: number }>();
    const placeOf = (resource: ResourceView) => {
      const key = JSON.stringify([awsAccountOf(resource), awsRegionOf(resource) ?? ""]);
      let place = places.get(key);
      if (place === undefined) {
        place = { first: resource, settings: [], users: 0 };
        places.set(key, place);
      }
      return place;
    };
    for (const user of index.ofType(EBS_USERS)) placeOf(user).users++;
    for (const setting of index.ofType([AWS.ebsEncryptionByDefault])) placeOf(setting).settings.push(setting);
    const several = places.size > 1;
    const violations: StackViolation[] = [];
    let central: string | undefined;
    let declared = false;
    for (const { first, settings, users } of places.values()) {
      declared ||= settings.length > 0;
      // A setting whose `enabled` is unknown at preview may be the one that turns it on: then the
      // place's settings are undecided, not reported, and the other places are still judged.
      const enabled = new Set<string>();
      const unknown = judgeEach(settings, (setting) => {
        if ((setting.props as Default).enabled !== false) enabled.add(setting.urn);
        return undefined;
      });
      if (enabled.size > 0) continue;
      const cause = unknown[0];
      if (cause !== undefined) {
        for (const setting of settings) violations.push(unknown.find((u) => u.resource === setting) ?? undecidedWith(setting, cause));
        continue;
      }
      // Turning it off is reported even where this stack creates no volume: other stacks do.
      for (const setting of settings) {
        violations.push({
          code: "default-encryption-off",
          resource: setting,
          actual: "EBS encryption by default is off: the EncryptionByDefault sets `enabled` to false",
          fix: "Set `enabled: true` on the EncryptionByDefault.",
        });
      }
      if (settings.length > 0 || users === 0) continue;
      const entry = centralEntry(ctx.map, "ebs-encryption-by-default", first);
      if (entry !== undefined) {
        central ??= centralReason(ctx.map, "ebs-encryption-by-default", entry);
        continue;
      }
      const region = awsRegionOf(first);
      const where = region !== undefined && AWS_REGION.test(region) ? `the account and region (${region})` : "the account and region";
      violations.push({
        code: "not-declared",
        actual: several
          ? `EBS encryption by default is not declared for ${where} that ${first.name} (${first.type}) is deployed to: the stack creates EC2 or EBS resources there but no \`aws.ebs.EncryptionByDefault\``
          : "EBS encryption by default is not declared: the stack creates EC2 or EBS resources but no `aws.ebs.EncryptionByDefault`",
      });
    }
    // Only central management left nothing to check: say where the setting lives.
    if (violations.length === 0 && !declared && central !== undefined) return notApplicable(central);
    return violations;
  },
});
