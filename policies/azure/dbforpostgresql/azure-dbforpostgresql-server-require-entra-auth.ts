import type { ServerArgs } from "@pulumi/azure-native/dbforpostgresql";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Server = Pick<ServerArgs, "authConfig">;

export default defineRule({
  name: "azure-dbforpostgresql-server-require-entra-auth",
  displayName: "PostgreSQL flexible servers accept only Entra ID authentication",
  description:
    'Every PostgreSQL flexible server sets `authConfig.activeDirectoryAuth` to "Enabled" and `authConfig.passwordAuth` to "Disabled".',
  duty: "mfa",
  severity: "high",
  resourceTypes: [AZURE.postgresServer],
  remediation:
    'Set `authConfig: { activeDirectoryAuth: "Enabled", passwordAuth: "Disabled", tenantId }` on the server and add an Entra administrator.',
  why: "database passwords bypass Entra ID, so neither MFA nor conditional access applies to them",
  controls: { nist: ["IA-2"], mcsb: ["IM-1"], azurePolicy: ["fa498b91-8a7e-4710-9578-da944c68d1fe"] },
  problems: {
    "entra-auth-off": "`authConfig.activeDirectoryAuth` is not Enabled",
    "password-auth-allowed": "`authConfig.passwordAuth` is not Disabled, so the server accepts passwords",
  },
  check(server) {
    const { authConfig } = server.props as Server;
    const auth: Record<string, unknown> = isRecord(authConfig) ? authConfig : {};
    const violations: Violation[] = [];
    if (auth["activeDirectoryAuth"] !== "Enabled") {
      violations.push({
        code: "entra-auth-off",
        subject: "activeDirectoryAuth",
        actual: "The server does not accept Entra ID sign-in: `authConfig.activeDirectoryAuth` is not Enabled",
        fix: 'Set `authConfig.activeDirectoryAuth: "Enabled"`.',
      });
    }
    // Password authentication is on unless disabled.
    if (auth["passwordAuth"] !== "Disabled") {
      violations.push({
        code: "password-auth-allowed",
        subject: "passwordAuth",
        actual: "The server accepts passwords: `authConfig.passwordAuth` is not Disabled",
        fix: 'Set `authConfig.passwordAuth: "Disabled"`.',
      });
    }
    return violations;
  },
});
