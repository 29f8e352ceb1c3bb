import networkInterfaceDisallowPublicIp from "./azure-network-networkinterface-disallow-public-ip";
import securityGroupDisallowOpenAdminPorts from "./azure-network-securitygroup-disallow-open-admin-ports";

export const rules = [securityGroupDisallowOpenAdminPorts, networkInterfaceDisallowPublicIp];
