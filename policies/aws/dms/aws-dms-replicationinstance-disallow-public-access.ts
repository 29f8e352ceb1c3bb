import type { ReplicationInstanceArgs } from "@pulumi/aws/dms";
import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { publicAccessViolations } from "../support/exposure";

type Instance = Pick<ReplicationInstanceArgs, "publiclyAccessible">;

export default defineRule({
  name: "aws-dms-replicationinstance-disallow-public-access",
  displayName: "DMS replication instances are not publicly accessible",
  description: "Every DMS replication instance sets `publiclyAccessible` to false.",
  duty: "network-exposure",
  severity: "high",
  resourceTypes: [AWS.dmsReplicationInstance],
  remediation: "Set `publiclyAccessible: false` on the replication instance.",
  why: "a replication instance with a public address holds database credentials and copies data where the internet can reach it",
  controls: { nist: ["AC-3", "SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.20"], securityHub: ["DMS.1"] },
  problems: {
    "publicly-accessible": "the instance has a public address (`publiclyAccessible` true)",
    "public-by-default": "`publiclyAccessible` is unset, which the DMS API treats as true (advisory)",
  },
  check(instance) {
    // The SDK names no default ("A value of true represents an instance with a public IP address");
    // the DMS CreateReplicationInstance API documents true, so unset is reported as advisory.
    const { publiclyAccessible } = instance.props as Instance;
    return publicAccessViolations(publiclyAccessible, "replication instance", true);
  },
});
