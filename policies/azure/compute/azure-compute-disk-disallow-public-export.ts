import type { DiskArgs } from "@pulumi/azure-native/compute";
import { valueClause } from "../../core/message";
import { defineRule, fail, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Disk = Pick<DiskArgs, "networkAccessPolicy" | "publicNetworkAccess">;

/** SDK enum compute.NetworkAccessPolicy. */
const POLICIES = ["AllowAll", "AllowPrivate", "DenyAll"];

export default defineRule({
  name: "azure-compute-disk-disallow-public-export",
  displayName: "Managed disks cannot be exported or uploaded from any network",
  description: 'Every managed disk sets `networkAccessPolicy` to "AllowPrivate" or "DenyAll", or `publicNetworkAccess` to "Disabled".',
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AZURE.computeDisk],
  remediation:
    'Set `networkAccessPolicy: "DenyAll"` on the disk (or "AllowPrivate" with a `diskAccessId`), or `publicNetworkAccess: "Disabled"`.',
  why: "anyone who obtains an export SAS URL can download the disk's contents from any network",
  controls: {
    nist: ["SC-7"],
    pciDss: ["1.3.1"],
    iso27001: ["A.8.20"],
    mcsb: ["NS-2"],
    azurePolicy: ["8405fdab-1faf-48aa-b702-999c9c172094"],
  },
  problems: { "public-export": "the disk can be exported or uploaded from any network" },
  check(disk) {
    const { networkAccessPolicy, publicNetworkAccess } = disk.props as Disk;
    // SDK enum compute.PublicNetworkAccess "Policy for controlling export on the disk": Disabled
    // stops export over the public network whatever the access policy.
    if (typeof publicNetworkAccess === "string" && publicNetworkAccess.toLowerCase() === "disabled") return pass;
    // SDK enum compute.NetworkAccessPolicy: AllowAll "can be exported or uploaded to from any
    // network", AllowPrivate (a DiskAccess's private endpoints), DenyAll "cannot be exported". Unset is
    // AllowAll (learn.microsoft.com/azure/virtual-machines/disks-enable-private-links-for-import-export-portal).
    const policy = typeof networkAccessPolicy === "string" ? networkAccessPolicy.toLowerCase() : undefined;
    if (policy === "allowprivate" || policy === "denyall") return pass;
    const clause =
      networkAccessPolicy === undefined
        ? "`networkAccessPolicy` is not set (Azure uses AllowAll)"
        : `\`networkAccessPolicy\` ${valueClause(networkAccessPolicy, POLICIES, "access policy")}`;
    return fail(`The disk can be exported or uploaded from any network: ${clause} and \`publicNetworkAccess\` is not Disabled`, {
      code: "public-export",
    });
  },
});
