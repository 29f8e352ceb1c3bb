import rule from "../../../../policies/azure/containerservice/azure-containerservice-cluster-enable-auto-upgrade";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const cluster = (autoUpgradeProfile: unknown) =>
  resource(AZURE.aksManagedCluster, "aks", { resourceGroupName: "rg-app", dnsPrefix: "aks", autoUpgradeProfile });

describeRule(rule, {
  compliant: [
    { title: "patch channel, node OS channel at its default (NodeImage)", resources: [cluster({ upgradeChannel: "patch" })] },
    {
      title: "stable channel with SecurityPatch node OS updates",
      resources: [cluster({ upgradeChannel: "stable", nodeOSUpgradeChannel: "SecurityPatch" })],
    },
    { title: "rapid channel with NodeImage", resources: [cluster({ upgradeChannel: "rapid", nodeOSUpgradeChannel: "NodeImage" })] },
  ],
  violating: [
    { title: "no autoUpgradeProfile (channel default none)", resources: [cluster(undefined)], codes: ["kubernetes-auto-upgrade-off"] },
    { title: "upgradeChannel none", resources: [cluster({ upgradeChannel: "none" })], codes: ["kubernetes-auto-upgrade-off"] },
    {
      title: "node-image channel with node OS updates off",
      resources: [cluster({ upgradeChannel: "node-image", nodeOSUpgradeChannel: "None" })],
      codes: ["kubernetes-auto-upgrade-off", "node-os-upgrade-off"],
    },
    {
      title: "patch channel with Unmanaged node OS updates",
      resources: [cluster({ upgradeChannel: "patch", nodeOSUpgradeChannel: "Unmanaged" })],
      codes: ["node-os-upgrade-unmanaged"],
    },
    {
      title: "the message says the channel defaults to none",
      resources: [cluster({ nodeOSUpgradeChannel: "NodeImage" })],
      problems: [
        "The cluster does not upgrade its Kubernetes patch release automatically: `autoUpgradeProfile.upgradeChannel` is unset (default none)",
      ],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "upgrade channel computed", resources: [cluster({ upgradeChannel: UNKNOWN.string })] },
    { title: "auto-upgrade profile computed", resources: [cluster(UNKNOWN.object)] },
  ],
});
