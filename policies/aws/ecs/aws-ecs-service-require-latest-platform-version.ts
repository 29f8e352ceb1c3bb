import type { ServiceArgs } from "@pulumi/aws/ecs";
import { isRecord } from "../../core/resource";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Service = Pick<ServiceArgs, "launchType" | "capacityProviderStrategies" | "platformVersion">;

interface Config {
  readonly allowedPlatformVersions: readonly string[];
}

const FARGATE_PROVIDERS = new Set(["FARGATE", "FARGATE_SPOT"]);

function onFargate(service: Service): boolean {
  // SDK `launchType`: "The valid values are `EC2`, `FARGATE`, and `EXTERNAL`. Defaults to `EC2`."
  if (service.launchType === "FARGATE") return true;
  const strategies = service.capacityProviderStrategies;
  return Array.isArray(strategies) && strategies.some((s) => isRecord(s) && FARGATE_PROVIDERS.has(String(s["capacityProvider"])));
}

export default defineRule<Config>({
  name: "aws-ecs-service-require-latest-platform-version",
  displayName: "ECS services on Fargate run the latest platform version",
  description:
    "Every ECS service on Fargate leaves `platformVersion` unset or `LATEST`, or pins the newest Fargate platform version (by default 1.4.0).",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.ecsService],
  remediation: 'Remove `platformVersion` from the service, or set `platformVersion: "LATEST"`.',
  why: "a pinned Fargate platform version keeps the tasks' kernel and runtime off the platform updates AWS ships in newer versions",
  controls: { nist: ["SI-2"], iso27001: ["A.8.8"], securityHub: ["ECS.10"] },
  options: {
    allowedPlatformVersions: {
      type: "array",
      description:
        "Pinned Fargate platform versions accepted besides `LATEST` (the newest Linux version; add `1.0.0` for Windows services, whose only version it is).",
      default: ["1.4.0"],
      items: { type: "string" },
      uniqueItems: true,
    },
  },
  problems: { "pinned-old-platform": "`platformVersion` pins a Fargate platform version other than `LATEST` or an allowed one" },
  check(service, ctx) {
    const props = service.props as Service;
    if (!onFargate(props)) return notApplicable("The service does not run on Fargate");
    // SDK `platformVersion`: "Only applicable for `launchType` set to `FARGATE`. Defaults to `LATEST`."
    const { platformVersion } = props;
    if (typeof platformVersion !== "string" || platformVersion === "" || platformVersion.toUpperCase() === "LATEST") return pass;
    if (ctx.config.allowedPlatformVersions.includes(platformVersion)) return pass;
    const shown = /^\d+\.\d+\.\d+$/.test(platformVersion) ? ` ${platformVersion}` : "";
    return fail(`The service pins Fargate platform version${shown}, not \`LATEST\``, { code: "pinned-old-platform" });
  },
});
