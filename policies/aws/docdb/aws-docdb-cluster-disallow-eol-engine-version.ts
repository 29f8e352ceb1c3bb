import type { ClusterArgs } from "@pulumi/aws/docdb";
import { defineRule, notApplicable } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { ENGINE_VERSION_PROBLEMS, judgeEngineVersion } from "../support/engine-version";

type Cluster = Pick<ClusterArgs, "engineVersion">;

interface Config {
  readonly allowedVersions: readonly string[];
}

export default defineRule<Config>({
  name: "aws-docdb-cluster-disallow-eol-engine-version",
  displayName: "DocumentDB clusters run an engine version in standard support",
  description:
    "Every DocumentDB cluster runs an engine version before its end of standard support in the pack's lifecycle table (DocumentDB takes no automatic minor upgrades, so the version is the customer's to keep current).",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.docdbCluster],
  remediation: "Upgrade `engineVersion` to a version in standard support (e.g. `5.0.0`).",
  why: "past its end of standard support the engine is patched only under paid Extended Support, and not at all after it",
  controls: { nist: ["SI-2", "SA-22"], pciDss: ["6.3.3"], iso27001: ["A.8.8"] },
  options: {
    allowedVersions: {
      type: "array",
      description: "Versions (`3.6`) accepted even after their end of standard support (e.g. while Extended Support is paid for).",
      default: [],
      items: { type: "string" },
      uniqueItems: true,
    },
  },
  problems: { ...ENGINE_VERSION_PROBLEMS },
  check(cluster, ctx) {
    // SDK (docdb/clusterInstance): `autoMinorVersionUpgrade` "Parameter does not apply to Amazon DocumentDB. Amazon
    // DocumentDB does not perform minor version upgrades regardless of the value set", so the version is judged instead.
    const { engineVersion } = cluster.props as Cluster;
    if (typeof engineVersion !== "string") return notApplicable("The cluster names no `engineVersion`");
    return judgeEngineVersion({
      product: "docdbEngine",
      engine: "DocumentDB",
      noun: "cluster",
      version: engineVersion,
      now: ctx.now,
      allowed: ctx.config.allowedVersions,
    });
  },
});
