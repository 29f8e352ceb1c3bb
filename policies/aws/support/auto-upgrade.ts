/**
 * Automatic minor engine upgrades of AWS managed data services (RDS, Neptune, ElastiCache, MemoryDB,
 * MQ, DMS, Redshift): one table of how each resource type spells the flag, and one judgement the
 * patching rules share. Defaults are the SDK doc comments' (`@pulumi/aws` `*.d.ts`).
 */
import type { ResourceView } from "../../core/resource";
import { fail, pass, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";

/** How one resource type declares that AWS applies new minor engine versions by itself. */
export interface AutoUpgradeSetting {
  readonly property: "autoMinorVersionUpgrade" | "allowVersionUpgrade";
  /** `string` where the SDK types the flag as text (`"true"` / `"false"`), `boolean` elsewhere. */
  readonly typed: "boolean" | "string";
  /** What an unset flag means per the SDK doc comment; `undefined` where the SDK states no default. */
  readonly sdkDefault: true | undefined;
  /** The resource as a message names it. */
  readonly noun: string;
}

const flag = (noun: string, sdkDefault: true | undefined, typed: "boolean" | "string" = "boolean"): AutoUpgradeSetting => ({
  property: "autoMinorVersionUpgrade",
  typed,
  sdkDefault,
  noun,
});

export const AUTO_UPGRADE: Readonly<Record<string, AutoUpgradeSetting>> = {
  // SDK: "Whether minor engine upgrades will be applied automatically to the DB instance during the maintenance window. Defaults to true."
  [AWS.rdsInstance]: flag("DB instance", true),
  // SDK: "Whether minor engine upgrades will be applied automatically to the DB instance during the maintenance window. Default `true`."
  [AWS.rdsClusterInstance]: flag("cluster instance", true),
  // SDK: "Whether to apply minor engine upgrades automatically to the DB cluster during the maintenance window. Defaults to `true`."
  [AWS.rdsCluster]: flag("DB cluster", true),
  // SDK: "Indicates that minor engine upgrades will be applied automatically to the instance during the maintenance window. Default is `true`."
  [AWS.neptuneClusterInstance]: flag("Neptune instance", true),
  // SDK: typed `string`; "Only supported for engine type `"redis"` and if the engine version is 6 or higher. Defaults to `true`."
  [AWS.elasticacheCluster]: flag("cache cluster", true, "string"),
  // SDK: "If this argument is not explicitly set in the configuration, AWS will set a default value of `true`".
  [AWS.elasticacheReplicationGroup]: flag("replication group", true),
  // SDK: "When set to `true`, the cluster will automatically receive minor engine version upgrades after launch. Defaults to `true`."
  [AWS.memorydbCluster]: flag("MemoryDB cluster", true),
  // SDK: "Whether to automatically upgrade to new minor versions of brokers as Amazon MQ makes releases available." (no default stated)
  [AWS.mqBroker]: flag("broker", undefined),
  // SDK: "Indicates that minor engine upgrades will be applied automatically to the replication instance during the maintenance window." (no default stated)
  [AWS.dmsReplicationInstance]: flag("replication instance", undefined),
  // SDK: "If true , major version upgrades can be applied during the maintenance window to the Amazon Redshift engine that is running on the cluster. Default is `true`."
  [AWS.redshiftCluster]: { property: "allowVersionUpgrade", typed: "boolean", sdkDefault: true, noun: "Redshift cluster" },
};

/** The problem codes `judgeAutoUpgrade` reports, with their summaries for a rule's `problems`. */
export const AUTO_UPGRADE_PROBLEMS = {
  "auto-upgrade-off": "the flag that lets AWS apply new engine versions in the maintenance window is false",
  "auto-upgrade-unset": "the flag is not set and the SDK states no default, so the program does not say whether AWS upgrades the engine",
} as const;

/**
 * Text spellings the provider reads as false for a string-typed flag (it parses the text as a
 * nullable boolean, as Go's `strconv.ParseBool`); the empty string is unset.
 */
const FALSE_TEXT = new Set(["false", "f", "0"]);

/** Whether a flag's value turns the upgrades off; `undefined` when it is unset. */
function isOff(value: unknown, typed: "boolean" | "string"): boolean | undefined {
  if (value === undefined || value === null || (typed === "string" && value === "")) return undefined;
  if (typed === "string") return typeof value === "string" && FALSE_TEXT.has(value.toLowerCase());
  return value === false;
}

/**
 * The finding (at most one) on a resource whose engine AWS does not upgrade by itself. `resource.type`
 * must be a key of `AUTO_UPGRADE`. An unset flag with no SDK default is advisory, never blocking.
 */
export function judgeAutoUpgrade(resource: ResourceView): readonly Violation[] {
  const setting = AUTO_UPGRADE[resource.type];
  if (setting === undefined) throw new Error(`no automatic-upgrade setting for ${resource.type}`);
  const { property, typed, sdkDefault, noun } = setting;
  const on = typed === "string" ? '`"true"`' : "true";
  const off = isOff(resource.props[property], typed);
  if (off === false) return pass;
  if (off === undefined) {
    if (sdkDefault === true) return pass;
    return fail(
      `The ${noun} does not say whether AWS applies new minor engine versions: \`${property}\` is not set and the SDK states no default`,
      {
        code: "auto-upgrade-unset",
        fix: `Set \`${property}\` to ${on}.`,
        advisory: true,
      },
    );
  }
  return fail(`The ${noun} takes no engine upgrades in its maintenance window: \`${property}\` is false`, {
    code: "auto-upgrade-off",
    fix: sdkDefault === true ? `Set \`${property}\` to ${on} (or remove it: it defaults to ${on}).` : `Set \`${property}\` to ${on}.`,
  });
}
