import type { ClusterArgs } from "@pulumi/aws/eks";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Cluster = Pick<ClusterArgs, "enabledClusterLogTypes">;

interface Config {
  readonly requiredLogTypes: readonly string[];
}

const LOG_TYPES = ["api", "audit", "authenticator", "controllerManager", "scheduler"];

export default defineRule<Config>({
  name: "aws-eks-cluster-enable-audit-logs",
  displayName: "EKS clusters send control-plane audit logs",
  description:
    "Every EKS cluster lists each required control-plane log type (by default api, audit and authenticator) in `enabledClusterLogTypes`.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [AWS.eksCluster],
  remediation: 'Set `enabledClusterLogTypes: ["api", "audit", "authenticator"]` on the cluster.',
  why: "who did what to the cluster through the Kubernetes API leaves no record",
  controls: { nist: ["AU-2"], securityHub: ["EKS.8"] },
  problems: { "log-type-missing": "a required control-plane log type is missing from `enabledClusterLogTypes`" },
  options: {
    requiredLogTypes: {
      type: "array",
      description: "The control-plane log types every cluster must enable.",
      items: { type: "string", enum: LOG_TYPES },
      uniqueItems: true,
      default: ["api", "audit", "authenticator"],
    },
  },
  check(cluster, ctx) {
    const { enabledClusterLogTypes } = cluster.props as Cluster;
    const enabled = new Set(Array.isArray(enabledClusterLogTypes) ? enabledClusterLogTypes.filter((t) => typeof t === "string") : []);
    const violations: Violation[] = [];
    for (const logType of ctx.config.requiredLogTypes) {
      if (enabled.has(logType)) continue;
      violations.push({
        code: "log-type-missing",
        subject: logType,
        actual: `The cluster does not log ${logType} events: \`enabledClusterLogTypes\` does not include "${logType}"`,
        fix: `Add "${logType}" to \`enabledClusterLogTypes\`.`,
      });
    }
    return violations;
  },
});
