import securityGroupDisallowOpenAdminPorts from "./azure-network-securitygroup-disallow-open-admin-ports";

export const rules = [securityGroupDisallowOpenAdminPorts];
