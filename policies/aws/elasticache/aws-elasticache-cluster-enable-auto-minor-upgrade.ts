import type { ClusterArgs } from "@pulumi/aws/elasticache";
import { defineRule, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { AUTO_UPGRADE_PROBLEMS, judgeAutoUpgrade } from "../support/auto-upgrade";

type CacheCluster = Pick<ClusterArgs, "engine">;

export default defineRule({
  name: "aws-elasticache-cluster-enable-auto-minor-upgrade",
  displayName: "ElastiCache and MemoryDB clusters take minor engine upgrades automatically",
  description:
    "Every ElastiCache cluster, ElastiCache replication group and MemoryDB cluster lets AWS apply minor engine versions in its maintenance window (`autoMinorVersionUpgrade` not false).",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.elasticacheCluster, AWS.elasticacheReplicationGroup, AWS.memorydbCluster],
  remediation: 'Leave `autoMinorVersionUpgrade` unset or set it to true (on `aws.elasticache.Cluster` it is the string `"true"`).',
  why: "security fixes to the cache engine ship as minor versions, which the cluster then never receives",
  controls: { nist: ["SI-2"], pciDss: ["6.3.3"], iso27001: ["A.8.8"], securityHub: ["ElastiCache.2"] },
  problems: { "auto-upgrade-off": AUTO_UPGRADE_PROBLEMS["auto-upgrade-off"] },
  check(resource) {
    const findings = judgeAutoUpgrade(resource);
    if (findings.length === 0 || resource.type !== AWS.elasticacheCluster) return findings;
    // SDK (elasticache/cluster): the flag is "Only supported for engine type `"redis"`"; Memcached ignores it.
    const { engine } = resource.props as CacheCluster;
    return engine === "memcached" ? pass : findings;
  },
});
