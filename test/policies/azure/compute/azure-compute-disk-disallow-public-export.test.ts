import rule from "../../../../policies/azure/compute/azure-compute-disk-disallow-public-export";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

const disk = (props: Record<string, unknown>) =>
  resource(AZURE.computeDisk, "data", {
    resourceGroupName: "rg-app",
    creationData: { createOption: "Empty" },
    diskSizeGB: 128,
    networkAccessPolicy: "DenyAll",
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "disk with networkAccessPolicy=DenyAll", resources: [disk({})] },
    {
      title: "disk exported only through private endpoints",
      resources: [disk({ networkAccessPolicy: "AllowPrivate", diskAccessId: "/subscriptions/0/da" })],
    },
    {
      title: "disk with networkAccessPolicy unset and publicNetworkAccess=Disabled",
      resources: [disk({ networkAccessPolicy: undefined, publicNetworkAccess: "Disabled" })],
    },
  ],
  violating: [
    {
      title: "disk with networkAccessPolicy unset (AllowAll)",
      resources: [disk({ networkAccessPolicy: undefined })],
      codes: ["public-export"],
    },
    {
      title: "disk with networkAccessPolicy=AllowAll",
      resources: [disk({ networkAccessPolicy: "AllowAll", publicNetworkAccess: "Enabled" })],
      codes: ["public-export"],
    },
    {
      title: "disk whose networkAccessPolicy is a secret that is no known value",
      resources: [disk({ networkAccessPolicy: canary("DenyAll") })],
      codes: ["public-export"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "disk whose publicNetworkAccess is computed", resources: [disk({ publicNetworkAccess: UNKNOWN.string })] },
    { title: "disk whose networkAccessPolicy is computed", resources: [disk({ networkAccessPolicy: UNKNOWN.string })] },
  ],
});
