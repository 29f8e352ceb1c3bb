import clusterDisallowPublicAccess from "./aws-msk-cluster-disallow-public-access";

export const rules = [clusterDisallowPublicAccess];
