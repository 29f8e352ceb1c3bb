import type { ClusterArgs } from "@pulumi/aws/msk";
import { isRecord } from "../../core/resource";
import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Cluster = Pick<ClusterArgs, "brokerNodeGroupInfo">;

export default defineRule({
  name: "aws-msk-cluster-disallow-public-access",
  displayName: "MSK brokers are not reachable from the internet",
  description: "No MSK cluster sets `brokerNodeGroupInfo.connectivityInfo.publicAccess.type` to `SERVICE_PROVIDED_EIPS`.",
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AWS.mskCluster],
  remediation:
    'Set `brokerNodeGroupInfo.connectivityInfo.publicAccess.type: "DISABLED"` (or drop `publicAccess`) and reach the brokers from inside the VPC, through VPC peering or multi-VPC private connectivity.',
  why: "the brokers get public addresses, leaving only client authentication between the internet and the topics",
  controls: { nist: ["SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.20"], securityHub: ["MSK.4"] },
  problems: { "public-brokers": "`publicAccess.type` is `SERVICE_PROVIDED_EIPS`" },
  check(cluster) {
    // SDK (msk ClusterBrokerNodeGroupInfoConnectivityInfoPublicAccess `type`): "Valid values: `DISABLED`, `SERVICE_PROVIDED_EIPS`".
    const { brokerNodeGroupInfo } = cluster.props as Cluster;
    const connectivity = isRecord(brokerNodeGroupInfo) ? brokerNodeGroupInfo["connectivityInfo"] : undefined;
    const publicAccess = isRecord(connectivity) ? connectivity["publicAccess"] : undefined;
    const type = isRecord(publicAccess) ? publicAccess["type"] : undefined;
    if (type !== "SERVICE_PROVIDED_EIPS") return [];
    return [
      {
        code: "public-brokers",
        actual:
          'The cluster\'s brokers have public addresses: `brokerNodeGroupInfo.connectivityInfo.publicAccess.type` is "SERVICE_PROVIDED_EIPS"',
      },
    ];
  },
});
