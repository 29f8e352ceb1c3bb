import type { ManagedClusterArgs } from "@pulumi/azure-native/containerservice";
import { isRecord } from "../../core/resource";
import { defineRule, pass, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Cluster = Pick<ManagedClusterArgs, "autoUpgradeProfile">;

/** Upgrade channels that patch the Kubernetes version (SDK UpgradeChannel: rapid, stable, patch; node-image patches only nodes). */
const KUBERNETES_CHANNELS = new Set(["rapid", "stable", "patch"]);

export default defineRule({
  name: "azure-containerservice-cluster-enable-auto-upgrade",
  displayName: "AKS clusters upgrade Kubernetes and node images automatically",
  description:
    "Every AKS cluster sets `autoUpgradeProfile.upgradeChannel` to `patch`, `stable` or `rapid` (default `none`) and leaves `autoUpgradeProfile.nodeOSUpgradeChannel` at `NodeImage` or `SecurityPatch` (not `None` or `Unmanaged`).",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AZURE.aksManagedCluster],
  remediation:
    'Set `autoUpgradeProfile: { upgradeChannel: "patch", nodeOSUpgradeChannel: "NodeImage" }` and a maintenance window for the upgrades.',
  why: "a cluster left at its Kubernetes patch release and node image keeps their known vulnerabilities until someone upgrades it by hand",
  controls: { nist: ["SI-2", "SA-22"], pciDss: ["6.3.3"], iso27001: ["A.8.8"], mcsb: ["PV-6"] },
  problems: {
    "kubernetes-auto-upgrade-off":
      "the cluster does not upgrade its Kubernetes patch release automatically (`upgradeChannel` none, unset or node-image)",
    "node-os-upgrade-off": "nobody patches the node OS (`nodeOSUpgradeChannel: None`)",
    "node-os-upgrade-unmanaged": "node OS patching is left to the OS (`nodeOSUpgradeChannel: Unmanaged`; none on Windows nodes)",
  },
  check(cluster) {
    const { autoUpgradeProfile } = cluster.props as Cluster;
    const profile: Record<string, unknown> = isRecord(autoUpgradeProfile) ? autoUpgradeProfile : {};
    const violations: Violation[] = [];
    // SDK: upgradeChannel "The default is 'none'"; "none": "Disables auto-upgrades and keeps the cluster at its current
    // version of Kubernetes"; "node-image": "Automatically upgrade the node image", not the Kubernetes version.
    const channel = profile["upgradeChannel"];
    if (typeof channel !== "string" || !KUBERNETES_CHANNELS.has(channel.toLowerCase())) {
      violations.push({
        code: "kubernetes-auto-upgrade-off",
        subject: "upgradeChannel",
        actual: `The cluster does not upgrade its Kubernetes patch release automatically: \`autoUpgradeProfile.upgradeChannel\` is ${describeChannel(channel)}`,
        fix: 'Set `autoUpgradeProfile.upgradeChannel: "patch"` (or `stable`).',
      });
    }
    // SDK: nodeOSUpgradeChannel "The default is NodeImage"; "None": "No attempt to update your machines OS will be made ...
    // you are responsible for your security updates"; "Unmanaged": patches through the OS's own infrastructure, and
    // "Windows does not apply security patches automatically and so for them this option is equivalent to None".
    const nodeChannel = profile["nodeOSUpgradeChannel"];
    const node = typeof nodeChannel === "string" ? nodeChannel.toLowerCase() : undefined;
    if (node === "none") {
      violations.push({
        code: "node-os-upgrade-off",
        subject: "nodeOSUpgradeChannel",
        actual: "Nobody patches the node OS: `autoUpgradeProfile.nodeOSUpgradeChannel` is None",
        fix: 'Set `autoUpgradeProfile.nodeOSUpgradeChannel: "NodeImage"` (or `SecurityPatch`), or remove it (default NodeImage).',
      });
    } else if (node === "unmanaged") {
      violations.push({
        code: "node-os-upgrade-unmanaged",
        subject: "nodeOSUpgradeChannel",
        actual:
          "Node OS patching is left to the OS: `autoUpgradeProfile.nodeOSUpgradeChannel` is Unmanaged (Windows nodes then get no security patches, new nodes start unpatched)",
        fix: 'Set `autoUpgradeProfile.nodeOSUpgradeChannel: "NodeImage"` (or `SecurityPatch`).',
      });
    }
    return violations.length === 0 ? pass : violations;
  },
});

function describeChannel(channel: unknown): string {
  if (channel === undefined) return "unset (default none)";
  if (typeof channel === "string" && channel.toLowerCase() === "none") return "none";
  if (typeof channel === "string" && channel.toLowerCase() === "node-image") return "node-image (node images only)";
  return "not patch, stable or rapid";
}
