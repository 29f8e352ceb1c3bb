import rule from "../../../../policies/aws/ec2/aws-ec2-instance-require-patch-installation";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

const instance = (tags: unknown = { "Patch Group": "web" }, name = "web") =>
  resource(AWS.ec2Instance, name, { ami: "ami-123", instanceType: "t3.micro", tags });

const association = (props: Record<string, unknown> = {}, extra = {}) =>
  resource(
    AWS.ssmAssociation,
    "patch",
    {
      name: "AWS-RunPatchBaseline",
      parameters: { Operation: "Install" },
      targets: [{ key: "tag:Patch Group", values: ["web"] }],
      ...props,
    },
    extra,
  );

const windowTarget = resource(AWS.ssmMaintenanceWindowTarget, "web-targets", {
  windowId: "mw-1",
  resourceType: "INSTANCE",
  targets: [{ key: "tag:Patch Group", values: ["web"] }],
});

const windowTask = (operation: string) =>
  resource(
    AWS.ssmMaintenanceWindowTask,
    "patch-task",
    {
      windowId: "mw-1",
      taskType: "RUN_COMMAND",
      taskArn: "AWS-RunPatchBaseline",
      targets: [{ key: "WindowTargetIds", values: ["wt-1"] }],
      taskInvocationParameters: { runCommandParameters: { parameters: [{ name: "Operation", values: [operation] }] } },
    },
    { propertyDependencies: { targets: [urnOf(AWS.ssmMaintenanceWindowTarget, "web-targets")] } },
  );

describeRule(rule, {
  compliant: [
    { title: "instance tagged into a patch association", resources: [instance(), association()] },
    {
      title: "instance named by id through the dependency on targets",
      resources: [
        instance({}),
        association(
          { targets: [{ key: "InstanceIds", values: [UNKNOWN.string] }] },
          { propertyDependencies: { targets: [urnOf(AWS.ec2Instance, "web")] } },
        ),
      ],
    },
    {
      title: "association on every instance",
      resources: [instance({}), association({ targets: [{ key: "InstanceIds", values: ["*"] }] })],
    },
    { title: "maintenance-window task through a window target", resources: [instance(), windowTarget, windowTask("Install")] },
  ],
  violating: [
    { title: "instance without any patch association", resources: [instance()], codes: ["no-patch-installation"] },
    {
      title: "association that only scans",
      resources: [instance(), association({ parameters: { Operation: "Scan" } })],
      codes: ["no-patch-installation"],
    },
    {
      title: "association of another document",
      resources: [instance(), association({ name: "AWS-UpdateSSMAgent" })],
      codes: ["no-patch-installation"],
    },
    {
      title: "association for another patch group",
      resources: [instance({ "Patch Group": "db" }), association()],
      codes: ["no-patch-installation"],
    },
    { title: "window task that only scans", resources: [instance(), windowTarget, windowTask("Scan")], codes: ["no-patch-installation"] },
  ],
  notApplicable: [],
  unknown: [
    { title: "instance whose tags are computed", resources: [instance(UNKNOWN.object)], undecided: ["web"] },
    {
      title: "association whose targets are computed leaves the unpatched instance undecided",
      resources: [instance(), association({ targets: UNKNOWN.array })],
      undecided: ["web"],
    },
  ],
});
