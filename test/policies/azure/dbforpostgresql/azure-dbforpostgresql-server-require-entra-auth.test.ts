import rule from "../../../../policies/azure/dbforpostgresql/azure-dbforpostgresql-server-require-entra-auth";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const server = (authConfig: unknown) => resource(AZURE.postgresServer, "pg", { resourceGroupName: "rg-app", version: "16", authConfig });

describeRule(rule, {
  compliant: [
    {
      title: "server with Entra auth on and password auth off",
      resources: [server({ activeDirectoryAuth: "Enabled", passwordAuth: "Disabled" })],
    },
  ],
  violating: [
    {
      title: "server without authConfig",
      resources: [server(undefined)],
      codes: ["entra-auth-off", "password-auth-allowed"],
    },
    {
      title: "server with Entra and password auth both on",
      resources: [server({ activeDirectoryAuth: "Enabled", passwordAuth: "Enabled" })],
      codes: ["password-auth-allowed"],
    },
  ],
  // The rule applies to every server; the provider-side case is built by describeRule.
  notApplicable: [],
  unknown: [{ title: "password auth computed", resources: [server({ activeDirectoryAuth: "Enabled", passwordAuth: UNKNOWN.string })] }],
});
