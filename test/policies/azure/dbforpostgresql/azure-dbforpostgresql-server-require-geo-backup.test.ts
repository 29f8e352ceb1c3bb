import rule from "../../../../policies/azure/dbforpostgresql/azure-dbforpostgresql-server-require-geo-backup";
import { describeFlexibleGeoBackup } from "../support/flexible-server";
import { POSTGRES } from "./fixtures";

// enums/dbforpostgresql ReplicationRole: None | Primary | AsyncReplica | GeoAsyncReplica.
describeFlexibleGeoBackup(rule, POSTGRES, { replicaRole: "AsyncReplica", minimumByClassification: true });
