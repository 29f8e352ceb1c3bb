import type { ClusterArgs, InstanceArgs } from "@pulumi/aws/rds";
import { appendAll } from "../../core/arrays";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { AUTO_UPGRADE_PROBLEMS, judgeAutoUpgrade } from "../support/auto-upgrade";

type Lifecycle = Pick<InstanceArgs, "engine" | "engineLifecycleSupport"> & Pick<ClusterArgs, "engineLifecycleSupport">;

interface Config {
  readonly allowExtendedSupport: boolean;
}

const EXTENDED = "open-source-rds-extended-support";
const DISABLED = "open-source-rds-extended-support-disabled";
// SDK (instance): "This setting applies only to RDS for MySQL and RDS for PostgreSQL."
const INSTANCE_LIFECYCLE_ENGINES = new Set(["mysql", "postgres"]);

/** The Extended Support finding of an RDS instance or cluster, if it has one. */
function extendedSupport(resource: { readonly type: string; readonly props: Lifecycle }, noun: string): Violation[] {
  // SDK: "Valid values are `open-source-rds-extended-support`, `open-source-rds-extended-support-disabled`.
  // Default value is `open-source-rds-extended-support`." (cluster: "valid for ... Aurora DB clusters and Multi-AZ DB clusters")
  const { engineLifecycleSupport: lifecycle } = resource.props;
  if (lifecycle === DISABLED) return [];
  if (lifecycle !== undefined && lifecycle !== null && lifecycle !== EXTENDED) return [];
  if (resource.type === AWS.rdsInstance) {
    const { engine } = resource.props;
    if (typeof engine !== "string" || !INSTANCE_LIFECYCLE_ENGINES.has(engine)) return [];
  }
  const how = lifecycle === EXTENDED ? `is \`${EXTENDED}\`` : `is not set (it defaults to \`${EXTENDED}\`)`;
  return [
    {
      code: "extended-support",
      actual: `The ${noun} enrols in paid RDS Extended Support instead of being upgraded when its major version reaches its end of standard support: \`engineLifecycleSupport\` ${how}`,
      why: "the engine's community stops patching a major version at its end of life, and AWS upgrades the database only when Extended Support is off",
      fix: `Set \`engineLifecycleSupport\` to \`${DISABLED}\` and plan the major upgrade, or accept Extended Support with the rule's \`allowExtendedSupport\` option.`,
      advisory: true,
    },
  ];
}

export default defineRule<Config>({
  name: "aws-rds-instance-enable-auto-minor-upgrade",
  displayName: "RDS and Neptune databases take minor engine upgrades automatically",
  description:
    "Every RDS instance, RDS cluster, Aurora cluster instance and Neptune instance lets AWS apply minor engine versions in its maintenance window, and MySQL/PostgreSQL databases are not left on RDS Extended Support past their major version's end of standard support.",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.rdsInstance, AWS.rdsClusterInstance, AWS.rdsCluster, AWS.neptuneClusterInstance],
  remediation:
    "Leave `autoMinorVersionUpgrade` unset or set it to true; set `engineLifecycleSupport` to `open-source-rds-extended-support-disabled`.",
  why: "security fixes to the database engine ship as minor versions, which the database then never receives",
  controls: {
    nist: ["SI-2", "SA-22"],
    pciDss: ["6.3.3"],
    iso27001: ["A.8.8"],
    cis: ["AWS 3.0 2.3.2", "AWS 4.0 2.2.2"],
    securityHub: ["RDS.13", "RDS.35"],
  },
  options: {
    allowExtendedSupport: {
      type: "boolean",
      description:
        "Accept RDS Extended Support (`engineLifecycleSupport` unset or `open-source-rds-extended-support`) as a decision to pay for it.",
      default: false,
    },
  },
  problems: {
    "auto-upgrade-off": AUTO_UPGRADE_PROBLEMS["auto-upgrade-off"],
    "extended-support":
      "a MySQL or PostgreSQL database enrols in RDS Extended Support (the default), so an end-of-life major version keeps running",
  },
  check(resource, ctx) {
    const findings: Violation[] = [...judgeAutoUpgrade(resource)];
    const lifecycleTypes: readonly string[] = [AWS.rdsInstance, AWS.rdsCluster];
    if (!ctx.config.allowExtendedSupport && lifecycleTypes.includes(resource.type)) {
      appendAll(
        findings,
        extendedSupport(
          { type: resource.type, props: resource.props as Lifecycle },
          resource.type === AWS.rdsCluster ? "DB cluster" : "DB instance",
        ),
      );
    }
    return findings;
  },
});
