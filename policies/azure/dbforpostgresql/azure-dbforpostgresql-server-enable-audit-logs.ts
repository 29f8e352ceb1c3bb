import { StackIndex } from "../../core/joins";
import { defineStackRule, type Violation } from "../../core/rule";
import { marked } from "../../core/shown-values";
import { AZURE } from "../../core/tokens";
import { parameterValue } from "../support/child-index";
import { judgeFlexibleServers, POSTGRES_FLEXIBLE } from "../support/flexible-server";

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
  problems: {
    "connections-not-logged": "`log_connections` is turned off",
    "checkpoints-not-logged": "`log_checkpoints` is turned off",
    "pgaudit-not-loaded": "`shared_preload_libraries` does not load pgaudit",
    "pgaudit-logs-nothing": '`pgaudit.log` is unset, empty or "none"',
  },
  checkStack(resources, { config }) {
    return judgeFlexibleServers(StackIndex.of(resources), POSTGRES_FLEXIBLE, (_server, own) => {
      const violations: Violation[] = [];
      // Both are on unless a Configuration turns them off.
      for (const [name, what] of [
        ["log_connections", "connections"],
        ["log_checkpoints", "checkpoints"],
      ] as const) {
        const value = parameterValue(own, name);
        if (value?.toLowerCase() === "off") {
          violations.push({
            code: `${what}-not-logged`,
            subject: name,
            actual: `The server does not log ${what}: its \`${name}\` Configuration has \`value\` ${marked(JSON.stringify(value))}`,
            fix: `Set \`value: "on"\` on the \`${name}\` Configuration (or remove it).`,
          });
        }
      }
      if (!config.requirePgaudit) return violations;
      const libraries = parameterValue(own, "shared_preload_libraries");
      const loaded = libraries?.split(",").some((library) => library.trim().toLowerCase() === "pgaudit") ?? false;
      if (!loaded) {
        violations.push({
          code: "pgaudit-not-loaded",
          subject: "shared_preload_libraries",
          actual:
            libraries === undefined
              ? "The server does not load pgaudit: no `shared_preload_libraries` Configuration is set, and the default list omits it"
              : "The server does not load pgaudit: its `shared_preload_libraries` Configuration does not list pgaudit",
          fix: 'Add "pgaudit" to the `value` of the `shared_preload_libraries` Configuration.',
        });
      }
      const audited = parameterValue(own, "pgaudit.log");
      if (audited === undefined || audited === "" || audited.toLowerCase() === "none") {
        violations.push({
          code: "pgaudit-logs-nothing",
          subject: "pgaudit.log",
          actual:
            audited === undefined
              ? 'The server audits no statement classes: no `pgaudit.log` Configuration is set, and the default is "none"'
              : `The server audits no statement classes: its \`pgaudit.log\` Configuration has \`value\` ${marked(JSON.stringify(audited))}`,
          fix: 'Add a `pgaudit.log` Configuration with `value: "ddl,role,write"` (or broader).',
        });
      }
      return violations;
    });
  },
});
