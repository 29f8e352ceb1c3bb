import type { ClusterArgs } from "@pulumi/aws/eks";
import { isPastSupport, LIFECYCLE, type LifecycleRow, lifecycleOf } from "../../core/lifecycle";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { majorMinor } from "../support/engine-version";

type Cluster = Pick<ClusterArgs, "version" | "upgradePolicy">;

interface Config {
  readonly allowedVersions: readonly string[];
}

const ROWS = LIFECYCLE.eksKubernetes.rows as readonly LifecycleRow[];

const minorOf = (release: string): number => Number(release.split(".")[1]);
/** The oldest minor the table lists: a 1.x minor older than it left standard support before it did. */
const OLDEST = ROWS.reduce((a, b) => (minorOf(a.version) <= minorOf(b.version) ? a : b));

/** The table's row of a Kubernetes minor, or the oldest row for a 1.x minor older than every row. */
function rowOf(release: string): LifecycleRow | undefined {
  const row = lifecycleOf("eksKubernetes", release);
  if (row !== undefined) return row;
  return release.startsWith("1.") && minorOf(release) < minorOf(OLDEST.version) ? OLDEST : undefined;
}

export default defineRule<Config>({
  name: "aws-eks-cluster-disallow-eol-version",
  displayName: "EKS clusters pin a Kubernetes version still in standard support",
  description:
    "Every EKS cluster sets `version` to a Kubernetes minor before its end of standard support in the pack's lifecycle table, and does not opt into paid extended support.",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.eksCluster],
  remediation: 'Set `version` to a Kubernetes minor in standard support (1.34 or later) and `upgradePolicy: { supportType: "STANDARD" }`.',
  why: "a Kubernetes minor past standard support gets no fixes unless paid for, and EKS upgrades the control plane on its own schedule",
  controls: { nist: ["SI-2", "SA-22"], pciDss: ["6.3.3"], iso27001: ["A.8.8"], securityHub: ["EKS.2"] },
  options: {
    allowedVersions: {
      type: "array",
      description: "Kubernetes minors (`1.31`) accepted even after their end of standard support (an approved, time-boxed exception).",
      default: [],
      items: { type: "string" },
      uniqueItems: true,
    },
  },
  problems: {
    "eol-version": "the Kubernetes minor is past its end of standard support in the pack's lifecycle table",
    "version-unset": "no `version`: the cluster stays on whatever was latest when it was created",
    "extended-support": "`upgradePolicy.supportType` is EXTENDED (paid support of minors past standard support)",
  },
  check(cluster, ctx) {
    const { version, upgradePolicy } = cluster.props as Cluster;
    const violations: Violation[] = [];
    if (version === undefined || version === null || version === "") {
      // SDK `version`: "If you do not specify a value, the latest available version at resource creation is used
      // and no upgrades will occur except those automatically triggered by EKS."
      violations.push({
        code: "version-unset",
        actual:
          "The cluster sets no `version`: EKS used the latest version when the cluster was created and upgrades it only when EKS forces it",
        fix: "Set `version` to the Kubernetes minor the cluster runs, and raise it to upgrade.",
      });
    } else if (typeof version === "string") {
      const release = majorMinor(version);
      if (release !== undefined && !ctx.config.allowedVersions.includes(release) && !ctx.config.allowedVersions.includes(version)) {
        const row = rowOf(release);
        if (isPastSupport(row, ctx.now)) {
          const when =
            row.version === release
              ? `past its end of standard support on ${row.endOfSupport}`
              : `older than ${row.version}, whose standard support ended on ${row.endOfSupport}`;
          violations.push({
            code: "eol-version",
            actual: `The cluster runs Kubernetes ${release}, ${when} (${LIFECYCLE.eksKubernetes.name})${row.verify === true ? ", date unconfirmed" : ""}`,
          });
        }
      }
    }
    // SDK `upgradePolicy.supportType`: "If the cluster is set to `EXTENDED`, it will enter extended support at the end of
    // standard support. If the cluster is set to `STANDARD`, it will be automatically upgraded at the end of standard support."
    const supportType = (upgradePolicy as { supportType?: unknown } | undefined)?.supportType;
    if (typeof supportType === "string" && supportType.toUpperCase() === "EXTENDED") {
      violations.push({
        code: "extended-support",
        actual: "`upgradePolicy.supportType` is EXTENDED: past standard support the cluster stays on its minor under paid extended support",
        fix: 'Set `upgradePolicy: { supportType: "STANDARD" }` and plan upgrades, or keep EXTENDED as a time-boxed, approved exception.',
      });
    }
    return violations;
  },
});
