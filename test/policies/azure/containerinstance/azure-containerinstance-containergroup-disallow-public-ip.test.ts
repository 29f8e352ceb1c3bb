import rule from "../../../../policies/azure/containerinstance/azure-containerinstance-containergroup-disallow-public-ip";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, OWNER, resource, UNKNOWN } from "../../../support/rules";

const group = (ipAddress: unknown, props: Record<string, unknown> = {}) =>
  resource(AZURE.containerGroup, "jobs", {
    resourceGroupName: "rg-app",
    osType: "Linux",
    containers: [{ name: "job", image: "example.azurecr.io/job:1", resources: { requests: { cpu: 1, memoryInGB: 1 } } }],
    ipAddress,
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "group with a private IP", resources: [group({ type: "Private", ports: [{ port: 80 }] })] },
    { title: "group without an IP address", resources: [group(undefined)] },
  ],
  violating: [{ title: "group with a public IP", resources: [group({ type: "Public", ports: [{ port: 80 }] })], codes: ["public-ip"] }],
  notApplicable: [
    {
      title: "public service tagged tier=public",
      resources: [group({ type: "Public", ports: [{ port: 80 }] }, { tags: { owner: OWNER, tier: "public" } })],
      reason: "The container group is tagged as a deliberately public tier",
    },
  ],
  unknown: [{ title: "group whose IP type is computed", resources: [group({ type: UNKNOWN.string, ports: [{ port: 80 }] })] }],
});
