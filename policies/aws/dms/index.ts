import replicationinstanceDisallowPublicAccess from "./aws-dms-replicationinstance-disallow-public-access";
import replicationinstanceEnableAutoMinorUpgrade from "./aws-dms-replicationinstance-enable-auto-minor-upgrade";

export const rules = [replicationinstanceDisallowPublicAccess, replicationinstanceEnableAutoMinorUpgrade];
