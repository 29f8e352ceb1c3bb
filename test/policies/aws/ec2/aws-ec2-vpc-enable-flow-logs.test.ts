import rule from "../../../../policies/aws/ec2/aws-ec2-vpc-enable-flow-logs";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN, urnOf } from "../../../support/rules";

const vpc = (name = "main", extra = {}) => resource(AWS.ec2Vpc, name, { cidrBlock: "10.0.0.0/16" }, extra);
const flowLog = (vpcName = "main", vpcId: unknown = "vpc-0abc") =>
  resource(
    AWS.ec2FlowLog,
    `${vpcName}-flows`,
    { vpcId, trafficType: "ALL", logDestination: "arn:aws:s3:::flows" },
    { propertyDependencies: { vpcId: [urnOf(AWS.ec2Vpc, vpcName)] } },
  );
const deployedFlowLog = (vpcId: string) => resource(AWS.ec2FlowLog, `flows-${vpcId}`, { vpcId, trafficType: "ALL" }, { id: `fl-${vpcId}` });

const NO_FLOW_LOG = "The VPC has no flow log: no FlowLog's `vpcId` refers to it";

describeRule(rule, {
  compliant: [
    { title: "VPC with a FlowLog depending on it", resources: [vpc(), flowLog()] },
    { title: "VPC with a FlowLog whose vpcId is still unknown in preview", resources: [vpc(), flowLog("main", UNKNOWN.string)] },
    { title: "deployed VPC with a FlowLog naming its id", resources: [vpc("main", { id: "vpc-0abc" }), deployedFlowLog("vpc-0abc")] },
  ],
  violating: [
    { title: "VPC without a flow log", resources: [vpc()], problems: [NO_FLOW_LOG] },
    { title: "two VPCs, one with a flow log", resources: [vpc("main"), vpc("spare"), flowLog("main")], problems: [NO_FLOW_LOG] },
    {
      title: "deployed VPC whose flow log names another VPC",
      resources: [vpc("main", { id: "vpc-0abc" }), deployedFlowLog("vpc-0def")],
      problems: [NO_FLOW_LOG],
    },
  ],
  notApplicable: [
    {
      title: "VPC where the map puts VPC logging on the provider's side",
      resources: [vpc()],
      map: mapWithScope("logging", {
        provider: "aws",
        resourceTypes: ["aws:ec2/vpc:Vpc"],
        side: "provider",
        note: "The network team's org-wide flow logs cover every VPC.",
      }),
      reason:
        "The responsibility map puts logging and monitoring for aws:ec2/vpc:Vpc on the provider's side: The network team's org-wide flow logs cover every VPC.",
    },
  ],
  unknown: [
    {
      title: "deployed-style flow log whose vpcId is computed and has no dependency",
      resources: [vpc(), resource(AWS.ec2FlowLog, "flows", { vpcId: UNKNOWN.string })],
    },
  ],
});
