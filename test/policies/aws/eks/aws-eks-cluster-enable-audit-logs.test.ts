import rule from "../../../../policies/aws/eks/aws-eks-cluster-enable-audit-logs";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const cluster = (enabledClusterLogTypes: unknown) =>
  resource(AWS.eksCluster, "apps", {
    roleArn: "arn:aws:iam::111122223333:role/eks",
    vpcConfig: { subnetIds: ["subnet-1"] },
    enabledClusterLogTypes,
  });

describeRule(rule, {
  compliant: [
    { title: "cluster logging api, audit and authenticator", resources: [cluster(["api", "audit", "authenticator"])] },
    {
      title: "cluster logging audit when only audit is required",
      resources: [cluster(["audit"])],
      config: { requiredLogTypes: ["audit"] },
    },
  ],
  violating: [
    {
      title: "cluster without log types (one finding per type)",
      resources: [cluster(undefined)],
      problems: [
        'The cluster does not log api events: `enabledClusterLogTypes` does not include "api"',
        'The cluster does not log audit events: `enabledClusterLogTypes` does not include "audit"',
        'The cluster does not log authenticator events: `enabledClusterLogTypes` does not include "authenticator"',
      ],
    },
    {
      title: "cluster logging api and authenticator only",
      resources: [cluster(["api", "authenticator"])],
      problems: ['The cluster does not log audit events: `enabledClusterLogTypes` does not include "audit"'],
    },
  ],
  notApplicable: [
    {
      title: "cluster where the map puts EKS logging on the provider's side",
      resources: [cluster(undefined)],
      map: mapWithScope("logging", { provider: "aws", resourceTypes: ["aws:eks/*"], side: "provider", note: "Ephemeral CI clusters." }),
      reason:
        "The responsibility map puts logging and monitoring for aws:eks/cluster:Cluster on the provider's side: Ephemeral CI clusters.",
    },
  ],
  unknown: [{ title: "cluster whose log types are computed", resources: [cluster(UNKNOWN.array)] }],
});
