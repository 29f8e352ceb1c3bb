import rule from "../../../../policies/azure/containerinstance/azure-containerinstance-containergroup-disallow-plaintext-secrets";
import { AZURE } from "../../../../policies/core/tokens";
import { FAKE_KEY_ID } from "../../../support/fake-credentials";
import { describeRule, resource, secret, UNKNOWN } from "../../../support/rules";

const container = (environmentVariables?: unknown[]) => ({
  name: "web",
  image: "nginx:1.27",
  resources: { requests: { cpu: 1, memoryInGB: 1.5 } },
  ...(environmentVariables === undefined ? {} : { environmentVariables }),
});
const group = (containers: unknown) =>
  resource(AZURE.containerGroup, "web", { resourceGroupName: "rg-app", containerGroupName: "web", osType: "Linux", containers });

describeRule(rule, {
  compliant: [
    { title: "plain settings that are no secrets", resources: [group([container([{ name: "STAGE", value: "prod" }])])] },
    { title: "a secret as a secure value", resources: [group([container([{ name: "DB_PASSWORD", secureValue: secret("hunter2") }])])] },
    { title: "a plain value passed as a Pulumi secret", resources: [group([container([{ name: "API_KEY", value: secret("k-123") }])])] },
  ],
  violating: [
    {
      title: "an AWS access key id in a plain value",
      resources: [group([container(), container([{ name: "AWS_ACCESS_KEY_ID", value: FAKE_KEY_ID }])])],
      codes: ["credential-in-value"],
    },
    {
      title: "a secret-named plain value (advisory)",
      resources: [group([container([{ name: "DB_PASSWORD", value: "hunter2" }])])],
      codes: ["secret-name-literal"],
      levels: ["advisory"],
    },
    {
      title: "the message names the entry and the variable, never the value",
      resources: [group([container([{ name: "REDIS_URL", value: "redis://app:hunter2@cache:6379" }])])],
      problems: [
        "`containers[0].environmentVariables[0]` (`REDIS_URL`) holds a plain value that looks like a URL with a user name and password",
      ],
    },
  ],
  notApplicable: [
    {
      title: "containers without environment variables",
      resources: [group([container()])],
      reason: "No container sets environment variables",
    },
  ],
  unknown: [
    { title: "containers computed at preview", resources: [group(UNKNOWN.array)] },
    { title: "a value computed at preview", resources: [group([container([{ name: "DB_PASSWORD", value: UNKNOWN.string }])])] },
  ],
});
