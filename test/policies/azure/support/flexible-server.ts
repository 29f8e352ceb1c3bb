/**
 * Fixtures and test tables the MySQL and PostgreSQL flexible-server rules share (their checks live
 * once, in policies/azure/support/flexible-server.ts). Each rule's test file calls one builder with
 * its engine's fixtures and facts; every case runs for both engines.
 */
import type { Rule } from "../../../../policies/core/rule";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { canary, describeRule, type RuleCases, resource, type TestResource, UNKNOWN, urnOf } from "../../../support/rules";

export interface EngineFixtureFacts {
  readonly serverType: string;
  readonly configurationType: string;
  /** The ARM provider namespace of ids: "Microsoft.DBforMySQL". */
  readonly namespace: string;
  /** The server's logical (Pulumi) name, and the Azure server name. */
  readonly logical: string;
  readonly serverName: string;
  readonly version: string;
}

export interface EngineFixtures {
  readonly facts: EngineFixtureFacts;
  readonly SERVER_ID: string;
  readonly server: (props?: Record<string, unknown>) => TestResource;
  /** Deployed outputs carry the server's `name`, not the `serverName` input. */
  readonly deployedServer: (props?: Record<string, unknown>) => TestResource;
  /** A server parameter in preview form: `serverName` comes from the server's output. */
  readonly parameter: (configurationName: string, value: unknown) => TestResource;
  /** The same parameter written with literal names, no dependencies. */
  readonly literalParameter: (configurationName: string, value: unknown, serverName?: string) => TestResource;
  /** Deployed form: outputs carry the parameter's `name` and `value`; the id nests under the server's. */
  readonly deployedParameter: (name: string, value: unknown, serverId?: string) => TestResource;
}

export function engineFixtures(facts: EngineFixtureFacts): EngineFixtures {
  const { serverType, configurationType, logical, serverName, version } = facts;
  const SERVER_ID = `/subscriptions/0000/resourceGroups/rg-app/providers/${facts.namespace}/flexibleServers/${serverName}`;
  return {
    facts,
    SERVER_ID,
    server: (props = {}) => resource(serverType, logical, { resourceGroupName: "rg-app", serverName, version, ...props }),
    deployedServer: (props = {}) => resource(serverType, logical, { name: serverName, version, ...props }, { id: SERVER_ID }),
    parameter: (configurationName, value) =>
      resource(
        configurationType,
        `${logical}-${configurationName}`,
        { resourceGroupName: "rg-app", serverName, configurationName, value, source: "user-override" },
        { propertyDependencies: { serverName: [urnOf(serverType, logical)] } },
      ),
    literalParameter: (configurationName, value, parent = serverName) =>
      resource(configurationType, `${logical}-${configurationName}`, {
        resourceGroupName: "rg-app",
        serverName: parent,
        configurationName,
        value,
      }),
    deployedParameter: (name, value, serverId = SERVER_ID) =>
      resource(
        configurationType,
        `${logical}-${name}`,
        { name, value, source: "user-override" },
        { id: `${serverId}/configurations/${name}` },
      ),
  };
}

// --- TLS ---------------------------------------------------------------------------------------

export interface TlsTableFacts {
  readonly product: string;
  /** The engine's TLS-version parameter and values for it. */
  readonly versions: {
    readonly parameter: string;
    /** A compliant value, in preview and deployed state. */
    readonly modern: string;
    readonly deployedModern: string;
    /** A secret value that holds no recognised TLS version. */
    readonly secret: unknown;
    /** Values that let TLS older than 1.2 in, in preview and deployed state. */
    readonly old: string;
    readonly deployedOld: string;
  };
}

/** The TLS table: `main` is the engine's server under test, `other` a second server of the same engine. */
export function describeFlexibleTls(rule: Rule, main: EngineFixtures, other: EngineFixtures, facts: TlsTableFacts): void {
  const { server, deployedServer, parameter, literalParameter, deployedParameter, SERVER_ID } = main;
  const { parameter: versions } = facts.versions;
  describeRule(rule, {
    compliant: [
      { title: "server with no parameters (secure transport on, TLS 1.2 and later by default)", resources: [server()] },
      {
        title: `server with require_secure_transport=ON and ${versions}=${facts.versions.modern}`,
        resources: [server(), parameter("require_secure_transport", "ON"), parameter(versions, facts.versions.modern)],
      },
      {
        title: "require_secure_transport=OFF on another server (literal names)",
        resources: [server(), literalParameter("require_secure_transport", "OFF", other.facts.serverName)],
      },
      {
        title: `deployed server with require_secure_transport=on and ${versions}=${facts.versions.deployedModern}`,
        resources: [
          deployedServer(),
          deployedParameter("require_secure_transport", "on"),
          deployedParameter(versions, facts.versions.deployedModern),
        ],
      },
    ],
    violating: [
      {
        title: `${versions} set to a secret that is no TLS version`,
        resources: [server(), parameter(versions, facts.versions.secret)],
        codes: ["tls-below-1-2"],
      },
      {
        title: "require_secure_transport=off (preview)",
        resources: [server(), parameter("require_secure_transport", "off")],
        codes: ["secure-transport-off"],
      },
      {
        title: "require_secure_transport=OFF written with literal names in another case",
        resources: [server(), literalParameter("Require_Secure_Transport", "OFF", main.facts.serverName.toUpperCase())],
        codes: ["secure-transport-off"],
      },
      {
        title: `${versions}=${facts.versions.old} written with literal names`,
        resources: [server(), literalParameter(versions, facts.versions.old, main.facts.serverName.toUpperCase())],
        codes: ["tls-below-1-2"],
      },
      {
        title: "deployed server with secure transport off and old TLS",
        resources: [
          deployedServer(),
          deployedParameter("require_secure_transport", "off"),
          deployedParameter(versions, facts.versions.deployedOld),
        ],
        codes: ["secure-transport-off", "tls-below-1-2"],
      },
      {
        title: "deployed parameter nested under an upper-cased server id",
        resources: [deployedServer(), deployedParameter("require_secure_transport", "off", SERVER_ID.toUpperCase())],
        codes: ["secure-transport-off"],
      },
      {
        title: "require_secure_transport=OFF next to a server whose TLS parameter is computed",
        resources: [server(), parameter("require_secure_transport", "OFF"), other.server(), other.parameter(versions, UNKNOWN.string)],
        codes: ["secure-transport-off"],
        undecided: [other.facts.logical],
      },
    ],
    notApplicable: [
      {
        title: `stack without ${facts.product} servers`,
        resources: [parameter("require_secure_transport", "OFF")],
        reason: `The stack has no ${facts.product} flexible server`,
      },
    ],
    unknown: [
      {
        title: "require_secure_transport value computed",
        resources: [server(), parameter("require_secure_transport", UNKNOWN.string)],
        undecided: [main.facts.logical],
      },
      { title: `${versions} value computed`, resources: [server(), parameter(versions, UNKNOWN.string)], undecided: [main.facts.logical] },
    ],
  });
}

// --- Customer-managed keys ---------------------------------------------------------------------

/** The CMK table; `unsetDefault` is the engine's DataEncryptionType that is not a customer-managed key. */
export function describeFlexibleCmk(rule: Rule, main: EngineFixtures, unsetDefault: string): void {
  const { server } = main;
  const { logical, serverType } = main.facts;
  const cmk = {
    type: "AzureKeyVault",
    primaryKeyURI: `https://kv-app.vault.azure.net/keys/${logical}/0123`,
    primaryUserAssignedIdentityId: `/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${logical}`,
  };
  const cases: RuleCases = {
    compliant: [{ title: "server with dataEncryption.type=AzureKeyVault", resources: [server({ dataEncryption: cmk })] }],
    violating: [
      {
        title: "server with a secret dataEncryption.type that is no encryption type",
        resources: [server({ dataEncryption: { ...cmk, type: canary("AzureKeyVault") } })],
        codes: ["microsoft-managed-key"],
      },
      { title: "server without dataEncryption", resources: [server()], codes: ["microsoft-managed-key"] },
      {
        title: `server with dataEncryption.type=${unsetDefault}`,
        resources: [server({ dataEncryption: { type: unsetDefault } })],
        codes: ["microsoft-managed-key"],
      },
    ],
    notApplicable: [
      {
        title: "server when customer-managed keys are not required",
        resources: [server()],
        config: { requireCustomerManagedKey: false },
        reason: "The rule's options do not require a customer-managed key",
      },
    ],
    unknown: [{ title: "dataEncryption.type computed", resources: [server({ dataEncryption: { ...cmk, type: UNKNOWN.string } })] }],
  };
  // These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
  describeRule(rule, withoutClassification(cases));
  describeLevels(rule, {
    title: "server with no dataEncryption",
    resources: (tags) => [resource(serverType, logical, { tags })],
    expected: {
      public: { notApplicable: "The resource's classification level public does not require a customer-managed key" },
      internal: { notApplicable: "The resource's classification level internal does not require a customer-managed key" },
      confidential: ["microsoft-managed-key"],
      restricted: ["microsoft-managed-key"],
    },
  });
}

// --- Geo-redundant backups ---------------------------------------------------------------------

export interface GeoBackupTableFacts {
  /** A deployed `replicationRole` of a read replica (the engine's ReplicationRole enum). */
  readonly replicaRole: string;
  /** Whether the classification level raises the minimum retention (PostgreSQL only). */
  readonly minimumByClassification: boolean;
}

export function describeFlexibleGeoBackup(rule: Rule, main: EngineFixtures, facts: GeoBackupTableFacts): void {
  const { serverType, namespace } = main.facts;
  const server = (backup: unknown, props: Record<string, unknown> = {}) =>
    resource(serverType, "db", { resourceGroupName: "rg-app", backup, ...props });
  const cases: RuleCases = {
    compliant: [
      {
        title: "server with geo-redundant backups kept 14 days",
        resources: [server({ geoRedundantBackup: "Enabled", backupRetentionDays: 14 })],
      },
      { title: "server with geo-redundant backups and the 7-day default", resources: [server({ geoRedundantBackup: "Enabled" })] },
    ],
    violating: [
      { title: "server without backup settings", resources: [server(undefined)], codes: ["geo-backup-off"] },
      {
        title: "server with geoRedundantBackup=Disabled and 3 days",
        resources: [server({ geoRedundantBackup: "Disabled", backupRetentionDays: 3 })],
        codes: ["geo-backup-off", "retention-too-short"],
      },
      {
        title: "default retention below a 14-day option",
        resources: [server({ geoRedundantBackup: "Enabled" })],
        config: { minimumRetentionDays: 14 },
        codes: ["retention-too-short"],
      },
    ],
    notApplicable: [
      {
        title: "read replica",
        resources: [server(undefined, { replicationRole: facts.replicaRole })],
        reason: "The server is a read replica, which takes no backups of its own",
      },
      {
        // Programs create a replica with createMode only; Azure reports its replicationRole once deployed.
        title: "read replica in preview: createMode=Replica, replicationRole unset",
        resources: [
          server(undefined, {
            createMode: "Replica",
            sourceServerResourceId: `/subscriptions/0000/resourceGroups/rg-app/providers/${namespace}/flexibleServers/db-primary`,
          }),
        ],
        reason: "The server is a read replica, which takes no backups of its own",
      },
    ],
    unknown: [{ title: "geo-backup setting computed", resources: [server({ geoRedundantBackup: UNKNOWN.string })] }],
  };
  // These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
  describeRule(rule, withoutClassification(cases));
  if (!facts.minimumByClassification) return;
  describeLevels(rule, {
    title: "geo-redundant server keeping backups 7 days",
    resources: (tags) => [resource(serverType, "db", { backup: { geoRedundantBackup: "Enabled", backupRetentionDays: 7 }, tags })],
    expected: {
      public: [],
      internal: [],
      confidential: ["retention-too-short"],
      restricted: ["retention-too-short"],
    },
  });
}
