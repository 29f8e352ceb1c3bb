import rule from "../../../../policies/aws/eks/aws-eks-cluster-enable-audit-logs";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

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
      codes: ["log-type-missing", "log-type-missing", "log-type-missing"],
    },
    {
      title: "cluster logging api and authenticator only",
      resources: [cluster(["api", "authenticator"])],
      codes: ["log-type-missing"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "cluster whose log types are computed", resources: [cluster(UNKNOWN.array)] }],
});
