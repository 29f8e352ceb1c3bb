import rule from "../../../../policies/azure/containerservice/azure-containerservice-cluster-disallow-leaver-admin";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const SAM = "5a0c7e1d-3b2f-4c8e-9d61-2f4b8a7c9e03";
const GROUP = "0b1d2c3e-4f50-4617-8293-a4b5c6d7e8f9";
const cluster = (adminGroupObjectIDs: unknown) =>
  resource(AZURE.aksManagedCluster, "aks", {
    resourceGroupName: "rg-app",
    aadProfile: { managed: true, ...(adminGroupObjectIDs === undefined ? {} : { adminGroupObjectIDs }) },
  });

describeRule(rule, {
  compliant: [{ title: "cluster whose admins are a group", resources: [cluster([GROUP])] }],
  violating: [
    { title: "cluster listing a departed person's object id as admin", resources: [cluster([GROUP, SAM])], codes: ["departed-identity"] },
  ],
  notApplicable: [
    { title: "cluster without admin groups", resources: [cluster(undefined)], reason: "The cluster lists no Entra admin groups" },
  ],
  unknown: [{ title: "cluster whose admin group is created in the stack", resources: [cluster([UNKNOWN.string])] }],
});
