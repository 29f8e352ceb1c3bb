import rule from "../../../../policies/azure/dbforpostgresql/azure-dbforpostgresql-server-require-entra-auth";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

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
      problems: [
        "The server does not accept Entra ID sign-in: `authConfig.activeDirectoryAuth` is not Enabled",
        "The server accepts passwords: `authConfig.passwordAuth` is not Disabled",
      ],
    },
    {
      title: "server with Entra and password auth both on",
      resources: [server({ activeDirectoryAuth: "Enabled", passwordAuth: "Enabled" })],
      problems: ["The server accepts passwords: `authConfig.passwordAuth` is not Disabled"],
    },
  ],
  notApplicable: [
    {
      title: "server where the map puts strong authentication on the provider's side",
      resources: [server(undefined)],
      map: mapWithScope("mfa", {
        provider: "azure",
        resourceTypes: ["azure-native:dbforpostgresql:*"],
        side: "provider",
        note: "Managed through a broker.",
      }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "password auth computed", resources: [server({ activeDirectoryAuth: "Enabled", passwordAuth: UNKNOWN.string })] }],
});
