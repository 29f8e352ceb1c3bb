import { StackIndex } from "../../core/joins";
import type { ResourceView } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { marked } from "../../core/shown-values";
import { AZURE } from "../../core/tokens";
import { parameterValue, serverParameters } from "../support/child-index";

interface Options {
  requirePgaudit: boolean;
}

export default defineStackRule<Options>({
  name: "azure-dbforpostgresql-server-enable-audit-logs",
  displayName: "PostgreSQL flexible servers log connections, checkpoints and pgaudit events",
  description:
    "No PostgreSQL flexible server turns `log_connections` or `log_checkpoints` off, and each loads pgaudit through `shared_preload_libraries` with `pgaudit.log` set to something other than none.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [AZURE.postgresServer, AZURE.postgresConfiguration],
  remediation:
    'Add `azure-native.dbforpostgresql.Configuration`s for the server: `shared_preload_libraries` with a `value` that includes "pgaudit", `pgaudit.log` with `value: "ddl,role,write"` (not "none"), and leave `log_connections` and `log_checkpoints` on.',
  why: "sign-ins, privilege changes and data changes leave no trail to investigate",
  controls: { nist: ["AU-2", "AU-12"], mcsb: ["LT-3"] },
  options: {
    requirePgaudit: {
      type: "boolean",
      description: "Require the pgaudit extension to be loaded and logging (`shared_preload_libraries`, `pgaudit.log`).",
      default: true,
    },
  },
  checkStack(resources, { config }) {
    const index = StackIndex.of(resources);
    const servers = index.ofType([AZURE.postgresServer]);
    if (servers.length === 0) return notApplicable("The stack has no PostgreSQL flexible server");
    const parameters = serverParameters(index, [AZURE.postgresServer], [AZURE.postgresConfiguration]);
    const violations: StackViolation[] = [];
    const problem = (server: ResourceView, subject: string, actual: string, fix: string): void => {
      violations.push({ resource: server, subject, actual, fix });
    };
    for (const server of servers) {
      const own = parameters.get(server.urn);
      // Both are on unless a Configuration turns them off.
      for (const name of ["log_connections", "log_checkpoints"]) {
        const value = parameterValue(own, name);
        if (value?.toLowerCase() === "off") {
          problem(
            server,
            name,
            `The server does not log ${name === "log_connections" ? "connections" : "checkpoints"}: its \`${name}\` Configuration has \`value\` ${marked(JSON.stringify(value))}`,
            `Set \`value: "on"\` on the \`${name}\` Configuration (or remove it).`,
          );
        }
      }
      if (!config.requirePgaudit) continue;
      const libraries = parameterValue(own, "shared_preload_libraries");
      const loaded = libraries?.split(",").some((library) => library.trim().toLowerCase() === "pgaudit") ?? false;
      if (!loaded) {
        problem(
          server,
          "shared_preload_libraries",
          libraries === undefined
            ? "The server does not load pgaudit: no `shared_preload_libraries` Configuration is set, and the default list omits it"
            : "The server does not load pgaudit: its `shared_preload_libraries` Configuration does not list pgaudit",
          'Add "pgaudit" to the `value` of the `shared_preload_libraries` Configuration.',
        );
      }
      const audited = parameterValue(own, "pgaudit.log");
      if (audited === undefined || audited === "" || audited.toLowerCase() === "none") {
        problem(
          server,
          "pgaudit.log",
          audited === undefined
            ? 'The server audits no statement classes: no `pgaudit.log` Configuration is set, and the default is "none"'
            : `The server audits no statement classes: its \`pgaudit.log\` Configuration has \`value\` ${marked(JSON.stringify(audited))}`,
          'Add a `pgaudit.log` Configuration with `value: "ddl,role,write"` (or broader).',
        );
      }
    }
    return violations;
  },
});
