import type { InstanceArgs } from "@pulumi/aws/ec2";
import type { StackIndex } from "../../core/joins";
import { isRecord, type ResourceView } from "../../core/resource";
import { AWS } from "../../core/tokens";

type Instance = Pick<InstanceArgs, "launchTemplate">;

/**
 * The launch template of this stack an instance is launched from (`launchTemplate.id` or `.name`),
 * joined through the property's dependencies first (preview: the template's id is unknown), else by
 * value against the templates' ids (deployed) and names. Undefined when the instance names no
 * template or one from outside the stack.
 */
export function launchTemplateOf(index: StackIndex, instance: ResourceView): ResourceView | undefined {
  const urns = instance.propertyDependencies?.["launchTemplate"];
  if (urns !== undefined && urns.length > 0) {
    for (const urn of urns) {
      const target = index.byUrnOf(urn);
      if (target?.type === AWS.ec2LaunchTemplate) return target;
    }
    return undefined;
  }
  const { launchTemplate } = instance.props as Instance;
  if (!isRecord(launchTemplate)) return undefined;
  for (const key of ["id", "name"]) {
    const value = launchTemplate[key];
    const template = typeof value === "string" ? index.byValue([AWS.ec2LaunchTemplate], ["name"], value) : undefined;
    if (template !== undefined) return template;
  }
  return undefined;
}

/** True when the instance names a launch template at all (in the stack or not). */
export function usesLaunchTemplate(instance: ResourceView): boolean {
  const { launchTemplate } = instance.props as Instance;
  return isRecord(launchTemplate);
}

/**
 * Whether a launch template encrypts the EBS volumes it declares: "encrypted" when every
 * `blockDeviceMappings` entry with `ebs` sets `encrypted` to "true" (a string in the SDK), "none"
 * when it declares no EBS volume (volumes then follow the image's snapshots), else "unencrypted".
 */
export function templateEncryption(template: ResourceView): "encrypted" | "none" | "unencrypted" {
  const mappings = template.props["blockDeviceMappings"];
  const ebs = (Array.isArray(mappings) ? mappings : []).filter((m: unknown) => isRecord(m) && isRecord(m["ebs"]));
  if (ebs.length === 0) return "none";
  return ebs.every((m) => (m as { ebs: Record<string, unknown> }).ebs["encrypted"] === "true") ? "encrypted" : "unencrypted";
}
