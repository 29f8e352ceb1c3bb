import rule from "../../../../policies/azure/dbforpostgresql/azure-dbforpostgresql-server-require-cmk";
import { describeFlexibleCmk } from "../support/flexible-server";
import { POSTGRES } from "./fixtures";

describeFlexibleCmk(rule, POSTGRES, "SystemAssigned");
