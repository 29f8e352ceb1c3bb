import rule from "../../../../policies/aws/ec2/aws-ec2-vpc-enable-flow-logs";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

const vpc = (name = "main", extra = {}) => resource(AWS.ec2Vpc, name, { cidrBlock: "10.0.0.0/16" }, extra);
const flowLog = (vpcName = "main", vpcId: unknown = "vpc-0abc") =>
  resource(
    AWS.ec2FlowLog,
    `${vpcName}-flows`,
    { vpcId, trafficType: "ALL", logDestination: "arn:aws:s3:::flows" },
    { propertyDependencies: { vpcId: [urnOf(AWS.ec2Vpc, vpcName)] } },
  );
const deployedFlowLog = (vpcId: string) => resource(AWS.ec2FlowLog, `flows-${vpcId}`, { vpcId, trafficType: "ALL" }, { id: `fl-${vpcId}` });

describeRule(rule, {
  compliant: [
    { title: "VPC with a FlowLog depending on it", resources: [vpc(), flowLog()] },
    { title: "VPC with a FlowLog whose vpcId is still unknown in preview", resources: [vpc(), flowLog("main", UNKNOWN.string)] },
    { title: "deployed VPC with a FlowLog naming its id", resources: [vpc("main", { id: "vpc-0abc" }), deployedFlowLog("vpc-0abc")] },
  ],
  violating: [
    { title: "VPC without a flow log", resources: [vpc()], codes: ["no-flow-log"] },
    { title: "two VPCs, one with a flow log", resources: [vpc("main"), vpc("spare"), flowLog("main")], codes: ["no-flow-log"] },
    {
      title: "deployed VPC whose flow log names another VPC",
      resources: [vpc("main", { id: "vpc-0abc" }), deployedFlowLog("vpc-0def")],
      codes: ["no-flow-log"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "deployed-style flow log whose vpcId is computed and has no dependency",
      resources: [vpc(), resource(AWS.ec2FlowLog, "flows", { vpcId: UNKNOWN.string })],
      undecided: ["main"],
    },
    {
      title: "flow log with a computed vpcId next to a logged VPC: only the unlogged one waits",
      resources: [vpc("main"), flowLog("main"), vpc("spare"), resource(AWS.ec2FlowLog, "flows", { vpcId: UNKNOWN.string })],
      undecided: ["spare"],
    },
  ],
});
