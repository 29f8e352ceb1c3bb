import { AZURE } from "../../../../policies/core/tokens";
import { engineFixtures } from "../support/flexible-server";

const mysql = {
  serverType: AZURE.mysqlServer,
  configurationType: AZURE.mysqlConfiguration,
  namespace: "Microsoft.DBforMySQL",
  version: "8.0.21",
};

export const MYSQL = engineFixtures({ ...mysql, logical: "my", serverName: "my-app" });
/** A second server of the same stack. */
export const OTHER_MYSQL = engineFixtures({ ...mysql, logical: "my-other", serverName: "my-other" });
export const { SERVER_ID, server, deployedServer, parameter, literalParameter, deployedParameter } = MYSQL;
