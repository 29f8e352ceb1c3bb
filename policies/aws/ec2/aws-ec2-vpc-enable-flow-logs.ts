import { StackIndex } from "../../core/joins";
import { defineStackRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";

export default defineStackRule({
  name: "aws-ec2-vpc-enable-flow-logs",
  displayName: "VPCs have flow logs",
  description: "Every VPC in the stack has an `aws.ec2.FlowLog` whose `vpcId` refers to it.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [AWS.ec2Vpc, AWS.ec2FlowLog],
  remediation: 'Add an `aws.ec2.FlowLog` with `vpcId` set to the VPC\'s id, `trafficType: "ALL"` and a log destination.',
  why: "network connections into and out of the VPC leave no record for investigations",
  controls: { nist: ["AU-12", "SI-4"], pciDss: ["10.2.1"], iso27001: ["A.8.16"], cis: ["AWS 3.7"], securityHub: ["EC2.6"] },
  problems: { "no-flow-log": "no FlowLog refers to the VPC" },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    // Each VPC on its own: a flow log whose VPC is unknown at preview leaves the VPCs without one undecided.
    const flowLogs = new Siblings(
      index.ofType([AWS.ec2FlowLog]),
      (flowLog) => index.referenced(flowLog, "vpcId", [AWS.ec2Vpc], []),
      () => true,
    );
    return judgeEach(index.ofType([AWS.ec2Vpc]), (vpc) => {
      if (flowLogs.of(vpc).length > 0) return undefined;
      flowLogs.settle(vpc);
      return [{ code: "no-flow-log", resource: vpc, actual: "The VPC has no flow log: no FlowLog's `vpcId` refers to it" }];
    });
  },
});
