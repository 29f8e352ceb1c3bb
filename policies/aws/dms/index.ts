import replicationinstanceDisallowPublicAccess from "./aws-dms-replicationinstance-disallow-public-access";

export const rules = [replicationinstanceDisallowPublicAccess];
