import type { ServerArgs, ServerAzureADAdministratorArgs, ServerAzureADOnlyAuthenticationArgs } from "@pulumi/azure-native/sql";
import { StackIndex } from "../../core/joins";
import { isRecord } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { ParentIndex } from "../support/arm-ids";

type Server = Pick<ServerArgs, "administrators">;
type OnlyAuth = Pick<ServerAzureADOnlyAuthenticationArgs, "azureADOnlyAuthentication">;
type Admin = Pick<ServerAzureADAdministratorArgs, "login" | "sid">;

function named(value: unknown): boolean {
  return typeof value === "string" && value !== "";
}

export default defineStackRule({
  name: "azure-sql-server-require-entra-only-auth",
  displayName: "SQL servers accept only Entra ID authentication",
  description:
    "Every Azure SQL server has an Entra ID administrator and Entra-only authentication, inline in `administrators` or through ServerAzureADAdministrator and ServerAzureADOnlyAuthentication siblings.",
  duty: "mfa",
  severity: "high",
  resourceTypes: [AZURE.sqlServer, AZURE.sqlServerAzureADOnlyAuthentication, AZURE.sqlServerAzureADAdministrator],
  problems: {
    "no-entra-admin": "The server has no Entra ID administrator.",
    "sql-logins-accepted": "The server accepts SQL logins: Entra-only authentication is not on.",
  },
  remediation:
    'Set `administrators: { administratorType: "ActiveDirectory", login, sid, azureADOnlyAuthentication: true }` on the SQL server (or add a ServerAzureADOnlyAuthentication with `azureADOnlyAuthentication: true`).',
  why: "SQL logins bypass Entra ID, so neither MFA nor conditional access applies to them",
  controls: {
    nist: ["IA-2"],
    pciDss: ["8.3.1"],
    iso27001: ["A.8.5"],
    mcsb: ["IM-1"],
    azurePolicy: ["abda6d70-9778-44e7-84a8-06713e6db027", "b3a22bc9-66de-45fb-98fa-00f5df42f41a", "1f314764-cb73-4fc9-b863-8eca98ac36e9"],
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const servers = index.ofType([AZURE.sqlServer]);
    if (servers.length === 0) return notApplicable("The stack has no SQL server");
    const parents = new ParentIndex(index, [AZURE.sqlServer], [{ property: "serverName", attribute: "serverName" }]);
    // Each server on its own: one whose settings, sibling resources or their server reference are
    // unknown at preview is undecided, and the others are still judged.
    return judgeEach(servers, (server): StackViolation[] => {
      const violations: StackViolation[] = [];
      const { administrators } = server.props as Server;
      const inline = isRecord(administrators) ? administrators : {};
      const hasAdmin =
        parents.childrenOf(server, [AZURE.sqlServerAzureADAdministrator]).some((sibling) => {
          const { login, sid } = sibling.props as Admin;
          return named(login) && named(sid);
        }) ||
        (named(inline["login"]) && named(inline["sid"]));
      // The last ServerAzureADOnlyAuthentication of the server counts, as Azure keeps one per server.
      const only = parents.childrenOf(server, [AZURE.sqlServerAzureADOnlyAuthentication]).at(-1);
      const sibling = only === undefined ? undefined : (only.props as OnlyAuth).azureADOnlyAuthentication === true;
      const entraOnly = sibling ?? inline["azureADOnlyAuthentication"] === true;
      if (!hasAdmin) {
        violations.push({
          resource: server,
          code: "no-entra-admin",
          subject: "administrators",
          actual:
            "The server has no Entra ID administrator: `administrators.login` and `administrators.sid` are not set and no ServerAzureADAdministrator refers to it",
        });
      }
      if (!entraOnly) {
        violations.push({
          resource: server,
          code: "sql-logins-accepted",
          subject: "azureADOnlyAuthentication",
          actual:
            sibling === false
              ? "The server accepts SQL logins: its ServerAzureADOnlyAuthentication sets `azureADOnlyAuthentication` to false"
              : "The server accepts SQL logins: `administrators.azureADOnlyAuthentication` is not true",
        });
      }
      return violations;
    });
  },
});
