import clusterDisallowEolEngineVersion from "./aws-docdb-cluster-disallow-eol-engine-version";
import clusterRequireManagedPassword from "./aws-docdb-cluster-require-managed-password";

export const rules = [clusterDisallowEolEngineVersion, clusterRequireManagedPassword];
