import type { ManagedClusterArgs } from "@pulumi/azure-native/containerservice";
import { leaverViolations } from "../../core/identities";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { objectIdRef } from "../support/identities";

export default defineRule({
  name: "azure-containerservice-cluster-disallow-leaver-admin",
  displayName: "No AKS cluster admin entry names a person who left",
  description:
    "No object id in an AKS cluster's `aadProfile.adminGroupObjectIDs` is the Entra object id of a departed person in the responsibility map.",
  duty: "access-review",
  severity: "high",
  resourceTypes: [AZURE.aksManagedCluster],
  remediation:
    "Remove the departed person's object id from `aadProfile.adminGroupObjectIDs`; list only Entra groups there, and manage their members in Entra.",
  why: "cluster-admin access that outlives the person who held it is a way in that nobody watches",
  controls: { nist: ["AC-2(3)", "AC-6(5)", "PS-4"], mcsb: ["PA-1"], pciDss: ["8.2.5"], iso27001: ["A.5.18", "A.6.5"] },
  problems: { "departed-identity": "an admin entry is the Entra object id of a person who left" },
  check(resource, ctx) {
    // ManagedClusterAADProfile.adminGroupObjectIDs: "The list of AAD group object IDs that will have
    // admin role of the cluster": groups, so only an id the map lists for a person is a finding.
    const profile = (resource.props as Partial<ManagedClusterArgs>).aadProfile as unknown;
    const ids = isRecord(profile) ? profile["adminGroupObjectIDs"] : undefined;
    const refs = Array.isArray(ids) ? ids.flatMap((id, index) => objectIdRef(id, `aadProfile.adminGroupObjectIDs[${index}]`, false)) : [];
    if (refs.length === 0) return notApplicable("The cluster lists no Entra admin groups");
    return leaverViolations(refs, ctx.map, {
      access: "cluster-admin rights",
      flagUnclaimed: false,
      fix: "Remove this object id (the person left) and list an Entra group instead.",
    });
  },
});
