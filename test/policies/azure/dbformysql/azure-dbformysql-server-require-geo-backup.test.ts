import rule from "../../../../policies/azure/dbformysql/azure-dbformysql-server-require-geo-backup";
import { describeFlexibleGeoBackup } from "../support/flexible-server";
import { MYSQL } from "./fixtures";

// enums/dbformysql ReplicationRole: None | Source | Replica.
describeFlexibleGeoBackup(rule, MYSQL, { replicaRole: "Replica", minimumByClassification: false });
