import rule from "../../../../policies/aws/ecs/aws-ecs-service-require-latest-platform-version";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const service = (props: Record<string, unknown>) =>
  resource(AWS.ecsService, "api", { cluster: "arn:aws:ecs:eu-west-1:111122223333:cluster/main", launchType: "FARGATE", ...props });

describeRule(rule, {
  compliant: [
    { title: "Fargate service without a platform version (defaults to LATEST)", resources: [service({})] },
    { title: "LATEST", resources: [service({ platformVersion: "LATEST" })] },
    { title: "the newest Linux version pinned", resources: [service({ platformVersion: "1.4.0" })] },
    {
      title: "Windows version accepted by the option",
      resources: [service({ platformVersion: "1.0.0" })],
      config: { allowedPlatformVersions: ["1.4.0", "1.0.0"] },
    },
  ],
  violating: [
    { title: "pinned to 1.3.0", resources: [service({ platformVersion: "1.3.0" })], codes: ["pinned-old-platform"] },
    {
      title: "on Fargate Spot through a capacity provider strategy",
      resources: [
        service({
          launchType: undefined,
          capacityProviderStrategies: [{ capacityProvider: "FARGATE_SPOT", weight: 1 }],
          platformVersion: "1.1.0",
        }),
      ],
      codes: ["pinned-old-platform"],
    },
    {
      title: "the message names the pinned version",
      resources: [service({ platformVersion: "1.3.0" })],
      problems: ["The service pins Fargate platform version 1.3.0, not `LATEST`"],
    },
  ],
  notApplicable: [
    {
      title: "service on EC2",
      resources: [service({ launchType: "EC2", platformVersion: "1.3.0" })],
      reason: "The service does not run on Fargate",
    },
  ],
  unknown: [
    { title: "service whose platform version is computed", resources: [service({ platformVersion: UNKNOWN.string })] },
    { title: "service whose launch type is computed", resources: [service({ launchType: UNKNOWN.string })] },
  ],
});
