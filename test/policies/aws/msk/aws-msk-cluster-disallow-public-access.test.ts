import rule from "../../../../policies/aws/msk/aws-msk-cluster-disallow-public-access";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const cluster = (connectivityInfo?: unknown) =>
  resource(AWS.mskCluster, "events", {
    clusterName: "events",
    kafkaVersion: "3.6.0",
    numberOfBrokerNodes: 3,
    brokerNodeGroupInfo: {
      instanceType: "kafka.m5.large",
      clientSubnets: ["subnet-1", "subnet-2", "subnet-3"],
      securityGroups: ["sg-1"],
      connectivityInfo,
    },
  });

describeRule(rule, {
  compliant: [
    { title: "cluster without connectivityInfo", resources: [cluster()] },
    { title: "cluster with publicAccess.type=DISABLED", resources: [cluster({ publicAccess: { type: "DISABLED" } })] },
  ],
  violating: [
    {
      title: "cluster with publicAccess.type=SERVICE_PROVIDED_EIPS",
      resources: [cluster({ publicAccess: { type: "SERVICE_PROVIDED_EIPS" } })],
      codes: ["public-brokers"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "cluster whose public access type is computed", resources: [cluster({ publicAccess: { type: UNKNOWN.string } })] }],
});
