import rule from "../../../../policies/aws/dms/aws-dms-replicationinstance-enable-auto-minor-upgrade";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const instance = (props: Record<string, unknown>) =>
  resource(AWS.dmsReplicationInstance, "migrate", { replicationInstanceId: "migrate", replicationInstanceClass: "dms.t3.micro", ...props });

describeRule(rule, {
  compliant: [
    { title: "replication instance with autoMinorVersionUpgrade true", resources: [instance({ autoMinorVersionUpgrade: true })] },
  ],
  violating: [
    {
      title: "replication instance with autoMinorVersionUpgrade false",
      resources: [instance({ autoMinorVersionUpgrade: false })],
      codes: ["auto-upgrade-off"],
    },
    {
      title: "replication instance with the flag unset (the SDK states no default)",
      resources: [instance({})],
      codes: ["auto-upgrade-unset"],
      levels: ["advisory"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "replication instance whose flag is computed", resources: [instance({ autoMinorVersionUpgrade: UNKNOWN.boolean })] }],
});
