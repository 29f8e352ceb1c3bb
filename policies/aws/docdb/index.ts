import clusterDisallowEolEngineVersion from "./aws-docdb-cluster-disallow-eol-engine-version";

export const rules = [clusterDisallowEolEngineVersion];
