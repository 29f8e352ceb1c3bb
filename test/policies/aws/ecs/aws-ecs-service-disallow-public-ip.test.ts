import rule from "../../../../policies/aws/ecs/aws-ecs-service-disallow-public-ip";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const service = (networkConfiguration: unknown, props: Record<string, unknown> = {}) =>
  resource(AWS.ecsService, "api", { cluster: "apps", launchType: "FARGATE", networkConfiguration, ...props });
const net = (assignPublicIp: unknown) => ({ subnets: ["subnet-1"], securityGroups: ["sg-1"], assignPublicIp });

describeRule(rule, {
  compliant: [
    { title: "service leaving assignPublicIp unset (default false)", resources: [service({ subnets: ["subnet-1"] })] },
    { title: "service with assignPublicIp=false", resources: [service(net(false))] },
    { title: "service without networkConfiguration (EC2 bridge mode)", resources: [service(undefined, { launchType: "EC2" })] },
    { title: "public-tier service with assignPublicIp=true", resources: [service(net(true), { tags: { tier: "public" } })] },
  ],
  violating: [{ title: "service with assignPublicIp=true", resources: [service(net(true))], codes: ["public-ip"] }],
  notApplicable: [],
  unknown: [{ title: "service whose assignPublicIp is computed", resources: [service(net(UNKNOWN.boolean))] }],
});
