import { AZURE } from "../../../../policies/core/tokens";
import { engineFixtures } from "../support/flexible-server";

const postgres = {
  serverType: AZURE.postgresServer,
  configurationType: AZURE.postgresConfiguration,
  namespace: "Microsoft.DBforPostgreSQL",
  version: "16",
};

export const POSTGRES = engineFixtures({ ...postgres, logical: "pg", serverName: "pg-app" });
/** A second server of the same stack. */
export const OTHER_POSTGRES = engineFixtures({ ...postgres, logical: "pg-other", serverName: "pg-other" });
export const { SERVER_ID, server, deployedServer, parameter, literalParameter, deployedParameter } = POSTGRES;
