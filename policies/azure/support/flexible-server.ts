/**
 * What the MySQL and PostgreSQL flexible-server rules share. Both services declare the same server
 * shapes for the parts checked here (`dataEncryption`, `backup`, `replicationRole`, server
 * parameters as `Configuration` children), so each check is written once; each rule file names its
 * engine's facts (type tokens, parameter names and values, SDK-cited defaults) with their citations.
 */
import type { ServerArgs as MysqlServerArgs } from "@pulumi/azure-native/dbformysql";
import type { ServerArgs as PostgresServerArgs } from "@pulumi/azure-native/dbforpostgresql";
import { belowRequired, cmkFail, cmkNotRequired, customerManagedKeyRequired, requirement } from "../../core/classification";
import { StackIndex } from "../../core/joins";
import { shownValue, valueClause } from "../../core/message";
import { isRecord, type ResourceView } from "../../core/resource";
import {
  type Controls,
  defineRule,
  defineStackRule,
  notApplicable,
  pass,
  type ResourceRule,
  type StackCheckResult,
  type StackRule,
  type Violation,
} from "../../core/rule";
import { marked, quoted } from "../../core/shown-values";
import { AZURE } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { parameterValue, serverParameters } from "./child-index";

/** One flexible-server engine: how messages name it and its server and parameter types. */
export interface FlexibleEngine {
  readonly product: "MySQL" | "PostgreSQL";
  readonly serverType: string;
  readonly configurationType: string;
}

export const MYSQL_FLEXIBLE: FlexibleEngine = {
  product: "MySQL",
  serverType: AZURE.mysqlServer,
  configurationType: AZURE.mysqlConfiguration,
};
export const POSTGRES_FLEXIBLE: FlexibleEngine = {
  product: "PostgreSQL",
  serverType: AZURE.postgresServer,
  configurationType: AZURE.postgresConfiguration,
};

/** A server's parameters by lowercased name (see `serverParameters`); undefined when it sets none. */
export type ServerParameters = ReadonlyMap<string, ResourceView> | undefined;

/**
 * Judges each flexible server of the engine on its own, with the parameters set for it: a server
 * whose verdict reads a value unknown at preview is undecided (`judgeEach`), and the others are
 * still judged. Not applicable to a stack without such a server.
 */
export function judgeFlexibleServers(
  index: StackIndex,
  engine: FlexibleEngine,
  judge: (server: ResourceView, parameters: ServerParameters) => readonly Violation[],
): StackCheckResult {
  const servers = index.ofType([engine.serverType]);
  if (servers.length === 0) return notApplicable(`The stack has no ${engine.product} flexible server`);
  const parameters = serverParameters(index, [engine.serverType], [engine.configurationType]);
  return judgeEach(servers, (server) => judge(server, parameters.get(server.urn)).map((violation) => ({ resource: server, ...violation })));
}

/** "`value` \"OFF\"", or a description of a value that is neither ON nor OFF (never the value itself). */
export function onOffClause(value: string): string {
  const shown = shownValue(value, ["ON", "OFF"]);
  return shown === undefined ? "a `value` that is neither ON nor OFF" : `\`value\` ${shown}`;
}

// --- TLS ---------------------------------------------------------------------------------------

const MODERN_TLS = new Set(["tlsv1.2", "tlsv1.3"]);

export interface FlexibleTlsFacts {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly remediation: string;
  readonly controls: Controls;
  readonly engine: FlexibleEngine;
  /** `require_secure_transport` turned back on, as the fix writes it ("ON" or "on"). */
  readonly secureTransportOn: string;
  /**
   * The parameter that bounds the TLS versions: `list` names every version accepted (MySQL
   * `tls_version`), `minimum` the lowest (PostgreSQL `ssl_min_protocol_version`). `shown` are the
   * values a message may quote; anything else is described, never quoted.
   */
  readonly versions: {
    readonly parameter: string;
    readonly form: "list" | "minimum";
    readonly shown: readonly string[];
    readonly fix: string;
  };
}

/** Flexible servers require TLS by default (each rule file cites its engine's default), so only a parameter that lowers it fails. */
export function flexibleServerTlsRule(facts: FlexibleTlsFacts): StackRule {
  const { engine, versions } = facts;
  return defineStackRule({
    name: facts.name,
    displayName: facts.displayName,
    description: facts.description,
    duty: "encryption-in-transit",
    severity: "high",
    resourceTypes: [engine.serverType, engine.configurationType],
    remediation: facts.remediation,
    why: "queries, results and passwords can cross the network unencrypted or under broken TLS versions",
    controls: facts.controls,
    problems: {
      "secure-transport-off": "`require_secure_transport` is off, so the server accepts unencrypted connections",
      "tls-below-1-2": `\`${versions.parameter}\` lets clients use TLS older than 1.2`,
    },
    checkStack(resources) {
      return judgeFlexibleServers(StackIndex.of(resources), engine, (_server, own) => {
        const violations: Violation[] = [];
        const secure = parameterValue(own, "require_secure_transport");
        if (secure?.toLowerCase() === "off") {
          violations.push({
            code: "secure-transport-off",
            subject: "require_secure_transport",
            actual: `The server accepts unencrypted connections: its \`require_secure_transport\` Configuration has \`value\` ${marked(JSON.stringify(secure))}`,
            fix: `Set \`value: "${facts.secureTransportOn}"\` on the \`require_secure_transport\` Configuration (or remove it).`,
          });
        }
        const old = oldTls(parameterValue(own, versions.parameter), versions);
        if (old !== undefined) {
          violations.push({
            code: "tls-below-1-2",
            subject: versions.parameter,
            actual: `The server accepts TLS older than 1.2: its \`${versions.parameter}\` Configuration ${old}`,
            fix: versions.fix,
          });
        }
        return violations;
      });
    },
  });
}

/** What the versions parameter lets in below TLS 1.2, as a clause ("lists \"TLSv1.1\""), or undefined when nothing. */
function oldTls(value: string | undefined, versions: FlexibleTlsFacts["versions"]): string | undefined {
  if (value === undefined) return undefined;
  if (versions.form === "minimum") {
    if (MODERN_TLS.has(value.toLowerCase())) return undefined;
    const shown = shownValue(value, versions.shown);
    return shown === undefined ? "has a `value` that is not a recognised TLS version" : `has \`value\` ${shown}`;
  }
  const old = value
    .split(",")
    .map((version) => version.trim())
    .filter((version) => version !== "" && !MODERN_TLS.has(version.toLowerCase()));
  if (old.length === 0) return undefined;
  const named = old.flatMap((version) => shownValue(version, versions.shown) ?? []);
  const listed = named.length < old.length ? [...named, "a value that is not a recognised TLS version"] : named;
  return `lists ${listed.join(", ")}`;
}

// --- Customer-managed keys ---------------------------------------------------------------------

export interface FlexibleCmkFacts {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly engine: FlexibleEngine;
  /** The `dataEncryption.type` Azure uses when none is set (the engine's DataEncryptionType enum). */
  readonly unsetDefault: string;
}

/** `dataEncryption.type` must be AzureKeyVault when a customer-managed key is required (by option or classification). */
export function flexibleServerCmkRule(facts: FlexibleCmkFacts): ResourceRule {
  return defineRule<{ requireCustomerManagedKey: boolean }>({
    name: facts.name,
    displayName: facts.displayName,
    description: facts.description,
    duty: "key-management",
    severity: "medium",
    resourceTypes: [facts.engine.serverType],
    remediation:
      'Set `dataEncryption: { type: "AzureKeyVault", primaryKeyURI, primaryUserAssignedIdentityId }` on the server (only possible when it is created).',
    why: "the keys that protect the data stay under Microsoft's control and cannot be revoked or audited by you",
    controls: { nist: ["SC-12", "SC-28"], mcsb: ["DP-5"] },
    options: {
      requireCustomerManagedKey: { type: "boolean", description: "Require a customer-managed key.", default: true },
    },
    problems: { "microsoft-managed-key": "`dataEncryption.type` is not AzureKeyVault, so Microsoft holds the key" },
    check(server, ctx) {
      const required = customerManagedKeyRequired(server, ctx);
      if (!required.value) return notApplicable(cmkNotRequired(required, "The rule's options do not require a customer-managed key"));
      const dataEncryption = server.props["dataEncryption"];
      const type = isRecord(dataEncryption) ? dataEncryption["type"] : undefined;
      if (type === "AzureKeyVault") return pass;
      return cmkFail(
        required,
        type === undefined
          ? `The server uses Microsoft-managed keys: \`dataEncryption.type\` is not set, and Azure then uses ${facts.unsetDefault}`
          : `The server uses Microsoft-managed keys: \`dataEncryption.type\` ${valueClause(type, ["AzureKeyVault", facts.unsetDefault], "data encryption type")}`,
        { code: "microsoft-managed-key" },
      );
    },
  });
}

// --- Geo-redundant backups ---------------------------------------------------------------------

type BackupServer = Pick<MysqlServerArgs | PostgresServerArgs, "backup" | "replicationRole" | "createMode">;

/** Flexible servers keep backups 7 days unless told otherwise. */
const AZURE_DEFAULT_DAYS = 7;

export interface FlexibleGeoBackupFacts {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly engine: FlexibleEngine;
  /**
   * Whether the resource's classification level may raise the minimum retention (the map's
   * `minBackupRetentionDays`). The PostgreSQL rule reads it, the MySQL rule does not (yet).
   */
  readonly minimumByClassification: boolean;
}

/**
 * A PostgreSQL or MySQL flexible server that is a read replica: created with `createMode: "Replica"`
 * (inputs; `replicationRole` is often left unset there), deployed with its `replicationRole`
 * (outputs have no `createMode`, so it is read only on a view without an id). SDK enums:
 * ReplicationRole None | Primary | AsyncReplica | GeoAsyncReplica (PostgreSQL), None | Source | Replica (MySQL).
 */
export function isFlexibleServerReplica(server: ResourceView): boolean {
  const role = server.props["replicationRole"];
  if (role === "Replica" || role === "AsyncReplica" || role === "GeoAsyncReplica") return true;
  return server.id === undefined && server.props["createMode"] === "Replica";
}

export function flexibleServerGeoBackupRule(facts: FlexibleGeoBackupFacts): ResourceRule {
  return defineRule<{ minimumRetentionDays: number }>({
    name: facts.name,
    displayName: facts.displayName,
    description: facts.description,
    duty: "backup",
    severity: "medium",
    resourceTypes: [facts.engine.serverType],
    remediation: 'Set `backup: { geoRedundantBackup: "Enabled", backupRetentionDays: 7 }` (or more days) on the server when it is created.',
    why: "a regional outage or a long-unnoticed corruption leaves no backup to restore",
    controls: { nist: ["CP-9"], iso27001: ["A.8.13"], mcsb: ["BR-1"] },
    options: {
      minimumRetentionDays: { type: "integer", description: "Minimum backup retention in days.", default: 7, minimum: 1 },
    },
    problems: {
      "geo-backup-off": "`backup.geoRedundantBackup` is not Enabled, so backups stay in one region",
      "retention-too-short": "backups are kept fewer days than required",
    },
    check(server, ctx) {
      const { backup } = server.props as BackupServer;
      if (isFlexibleServerReplica(server)) return notApplicable("The server is a read replica, which takes no backups of its own");
      const settings: Record<string, unknown> = isRecord(backup) ? backup : {};
      const violations: Violation[] = [];
      const required = facts.minimumByClassification
        ? requirement(server, ctx, "minBackupRetentionDays", ctx.config.minimumRetentionDays)
        : ({ value: ctx.config.minimumRetentionDays, source: "config" } as const);
      const minimum = required.value;
      if (settings["geoRedundantBackup"] !== "Enabled") {
        violations.push({
          code: "geo-backup-off",
          subject: "geoRedundantBackup",
          actual: "The server keeps backups in one region only: `backup.geoRedundantBackup` is not Enabled",
          fix: 'Set `backup.geoRedundantBackup: "Enabled"` (only possible when the server is created).',
        });
      }
      const days = settings["backupRetentionDays"];
      const effective = typeof days === "number" ? days : AZURE_DEFAULT_DAYS;
      if (effective < minimum) {
        violations.push({
          code: "retention-too-short",
          subject: "backupRetentionDays",
          actual:
            typeof days === "number"
              ? `The server keeps backups for ${days === 1 ? `${quoted(days)} day` : `${quoted(days)} days`}: \`backup.backupRetentionDays\` is ${quoted(days)}, ${belowRequired(required)}`
              : `The server keeps backups for the Azure default of ${AZURE_DEFAULT_DAYS} days, ${belowRequired(required)}`,
          fix: `Set \`backup.backupRetentionDays\` to at least ${minimum}.`,
        });
      }
      return violations;
    },
  });
}
