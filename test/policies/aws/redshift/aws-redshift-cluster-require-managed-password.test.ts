import rule from "../../../../policies/aws/redshift/aws-redshift-cluster-require-managed-password";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, secret, UNKNOWN } from "../../../support/rules";

const cluster = (props: Record<string, unknown>) => resource(AWS.redshiftCluster, "warehouse", { masterUsername: "admin", ...props });

describeRule(rule, {
  compliant: [
    { title: "the service manages the password", resources: [cluster({ manageMasterPassword: true })] },
    { title: "a write-only password", resources: [cluster({ masterPasswordWo: secret("Hunter2hunter2"), masterPasswordWoVersion: 1 })] },
    { title: "a write-only password as deployed state shows it (the version only)", resources: [cluster({ masterPasswordWoVersion: 2 })] },
  ],
  violating: [
    {
      title: "a master password as a Pulumi secret (still stored in state)",
      resources: [cluster({ masterPassword: secret("Hunter2hunter2") })],
      codes: ["password-in-state"],
    },
    {
      title: "a generated master password, unknown during preview",
      resources: [cluster({ manageMasterPassword: false, masterPassword: UNKNOWN.string })],
      codes: ["password-in-state"],
    },
    {
      title: "the message names the properties, never the value",
      resources: [cluster({ masterPassword: "Hunter2hunter2" })],
      problems: [
        "The cluster's master password is stored in the Pulumi state: `masterPassword` is set and `manageMasterPassword` is not true",
      ],
    },
  ],
  notApplicable: [
    {
      title: "a cluster restored from a snapshot",
      resources: [cluster({ snapshotIdentifier: "snap-1" })],
      reason: "The cluster sets no master password (a snapshot restore or a global cluster member inherits it)",
    },
  ],
  unknown: [
    {
      title: "whether the service manages the password is computed",
      resources: [cluster({ manageMasterPassword: UNKNOWN.boolean, masterPassword: "x" })],
    },
  ],
});
