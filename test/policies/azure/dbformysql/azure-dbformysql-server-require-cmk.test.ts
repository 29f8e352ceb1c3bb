import rule from "../../../../policies/azure/dbformysql/azure-dbformysql-server-require-cmk";
import { describeFlexibleCmk } from "../support/flexible-server";
import { MYSQL } from "./fixtures";

describeFlexibleCmk(rule, MYSQL, "SystemManaged");
