import type { InstanceArgs } from "@pulumi/aws/ec2";
import type { AssociationArgs, MaintenanceWindowTargetArgs, MaintenanceWindowTaskArgs } from "@pulumi/aws/ssm";
import { appendAll } from "../../core/arrays";
import { StackIndex } from "../../core/joins";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { Joined, judgeEach } from "../../core/unknown";
import { centralEntry } from "../support/central";

type Instance = Pick<InstanceArgs, "tags">;
type Association = Pick<AssociationArgs, "name" | "parameters" | "targets">;
type WindowTask = Pick<MaintenanceWindowTaskArgs, "taskArn" | "taskInvocationParameters" | "targets">;
type WindowTarget = Pick<MaintenanceWindowTargetArgs, "targets">;

const DOCUMENT = "AWS-RunPatchBaseline";
/** Every instance: a target the rule cannot match to instances (a resource group, `InstanceIds: *`). */
const ALL = "all";

const isPatchDocument = (name: unknown): boolean => typeof name === "string" && (name === DOCUMENT || name.endsWith(`/${DOCUMENT}`));

/**
 * The keys a list of SSM targets (`{ key, values }`) reaches: `urn:` and `id:` of instances named by
 * `InstanceIds` (through the dependency on `targets` first, so preview needs no instance id), and
 * `tag:<k>=<v>` of `tag:<k>` targets. Any other key (resource groups, `tag-key`) may reach any
 * instance, so it counts as reaching all of them: the rule never reports an instance it may cover.
 */
function targetKeys(index: StackIndex, source: ResourceView, targets: unknown, windowTargets: boolean): string[] {
  const keys: string[] = [];
  const deps = (source.propertyDependencies?.["targets"] ?? []).map((urn) => index.byUrnOf(urn)).filter((r) => r !== undefined);
  for (const target of Array.isArray(targets) ? targets : []) {
    if (!isRecord(target)) continue;
    const key = target["key"];
    if (key === "InstanceIds") {
      const instances = deps.filter((r) => r.type === AWS.ec2Instance);
      if (instances.length > 0) {
        for (const instance of instances) keys.push(`urn:${instance.urn}`);
        continue;
      }
      for (const value of arrayOf(target["values"])) keys.push(value === "*" ? ALL : `id:${String(value).toLowerCase()}`);
    } else if (typeof key === "string" && key.startsWith("tag:")) {
      for (const value of arrayOf(target["values"])) keys.push(`${key}=${String(value)}`);
    } else if (key === "WindowTargetIds" && windowTargets) {
      // SDK MaintenanceWindowTask `targets`: "Window target ids are specified using Key=WindowTargetIds".
      const linked = deps.filter((r) => r.type === AWS.ssmMaintenanceWindowTarget);
      const found =
        linked.length > 0
          ? linked
          : arrayOf(target["values"])
              .map((id) => index.byValue([AWS.ssmMaintenanceWindowTarget], [], String(id)))
              .filter((r) => r !== undefined);
      for (const windowTarget of found)
        appendAll(keys, targetKeys(index, windowTarget, (windowTarget.props as WindowTarget).targets, false));
    } else {
      keys.push(ALL);
    }
  }
  return keys;
}

const arrayOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** What an association installs patches on (AWS-RunPatchBaseline with `Operation: Install`), else undefined. */
function associationKeys(index: StackIndex, association: ResourceView): string[] | undefined {
  const { name, parameters, targets } = association.props as Association;
  if (!isPatchDocument(name)) return undefined;
  // The document's `Operation` parameter: `Scan` only reports missing patches, `Install` installs them.
  if (!isRecord(parameters) || parameters["Operation"] !== "Install") return undefined;
  return targetKeys(index, association, targets, false);
}

function windowTaskKeys(index: StackIndex, task: ResourceView): string[] | undefined {
  const { taskArn, taskInvocationParameters, targets } = task.props as WindowTask;
  if (!isPatchDocument(taskArn)) return undefined;
  const runCommand = isRecord(taskInvocationParameters) ? taskInvocationParameters["runCommandParameters"] : undefined;
  const params = isRecord(runCommand) ? arrayOf(runCommand["parameters"]) : [];
  const install = params.some((p) => isRecord(p) && p["name"] === "Operation" && arrayOf(p["values"]).includes("Install"));
  if (!install) return undefined;
  return targetKeys(index, task, targets, true);
}

export default defineStackRule({
  name: "aws-ec2-instance-require-patch-installation",
  displayName: "EC2 instances are patched by Systems Manager",
  description:
    "Every EC2 instance is targeted (by instance id or tag) by an SSM association or maintenance-window task that runs AWS-RunPatchBaseline with `Operation: Install`, unless the map says SSM patching is managed centrally for its account.",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.ec2Instance, AWS.ssmAssociation, AWS.ssmMaintenanceWindowTask, AWS.ssmMaintenanceWindowTarget],
  remediation:
    'Add `new aws.ssm.Association(..., { name: "AWS-RunPatchBaseline", parameters: { Operation: "Install" }, targets: [{ key: "tag:Patch Group", values: ["..."] }], scheduleExpression: "rate(7 days)" })` targeting the instance, or list the account under `settings.centrallyManaged` (control `ssm-patching`).',
  why: "an instance no patch run installs updates on keeps every operating-system vulnerability found after its image was built",
  controls: { nist: ["SI-2"], iso27001: ["A.8.8"], securityHub: ["SSM.1", "SSM.2"] },
  problems: { "no-patch-installation": "no SSM association or maintenance-window task in the stack installs patches on the instance" },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const sources = index.ofType([AWS.ssmAssociation, AWS.ssmMaintenanceWindowTask]);
    const patched = new Joined(
      sources,
      (source) => (source.type === AWS.ssmAssociation ? associationKeys(index, source) : windowTaskKeys(index, source)),
      () => true,
    );
    return judgeEach(index.ofType([AWS.ec2Instance]), (instance) => {
      const keys = [ALL, `urn:${instance.urn}`];
      if (instance.id) keys.push(`id:${instance.id.toLowerCase()}`);
      const { tags } = instance.props as Instance;
      if (isRecord(tags)) for (const [k, v] of Object.entries(tags)) if (typeof v === "string") keys.push(`tag:${k}=${v}`);
      if (keys.some((key) => patched.of(key).length > 0)) return undefined;
      for (const key of keys) patched.settle(key);
      if (centralEntry(ctx.map, "ssm-patching", instance) !== undefined) return undefined;
      return [
        {
          resource: instance,
          code: "no-patch-installation",
          actual: `No SSM association or maintenance-window task in the stack runs ${DOCUMENT} with \`Operation: Install\` on the instance (by its id or tags)`,
        },
      ];
    });
  },
});
