import { StackIndex } from "../../core/joins";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";

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
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const logged = new Set<string>();
    for (const flowLog of index.ofType([AWS.ec2FlowLog])) {
      const vpc = index.referenced(flowLog, "vpcId", [AWS.ec2Vpc], []);
      if (vpc) logged.add(vpc.urn);
    }
    const violations: StackViolation[] = [];
    for (const vpc of index.ofType([AWS.ec2Vpc])) {
      if (!logged.has(vpc.urn)) violations.push({ resource: vpc, actual: "The VPC has no flow log: no FlowLog's `vpcId` refers to it" });
    }
    return violations;
  },
});
