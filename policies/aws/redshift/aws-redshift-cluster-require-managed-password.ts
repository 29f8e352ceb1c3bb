import type { ClusterArgs } from "@pulumi/aws/redshift";
import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeMasterPassword, PASSWORD_IN_STATE } from "../support/master-password";

// SDK ClusterArgs.masterPassword: "Note that this will show up in logs, and it will be stored in the state file";
// `masterPasswordWo`: "write-only ... will not be updated in state"; `manageMasterPassword`: "use AWS
// SecretsManager to manage the cluster admin credentials".
const PROPS = { managed: "manageMasterPassword", plain: "masterPassword", writeOnly: "masterPasswordWo" } as const satisfies Record<
  string,
  keyof ClusterArgs
>;

export default defineRule({
  name: "aws-redshift-cluster-require-managed-password",
  displayName: "Redshift admin passwords stay out of the state",
  description:
    "Every Redshift cluster sets `manageMasterPassword` to true or passes its admin password as the write-only `masterPasswordWo`, not as `masterPassword`, which the provider stores in the Pulumi state.",
  duty: "secrets-hygiene",
  severity: "medium",
  resourceTypes: [AWS.redshiftCluster],
  remediation:
    "Set `manageMasterPassword: true` on the cluster (or pass `masterPasswordWo` with `masterPasswordWoVersion`) and remove `masterPassword`.",
  why: "a password stored in the state is readable by everyone who can export the stack, and lives in every state backup",
  controls: { nist: ["IA-5(7)"], pciDss: ["8.6.2"], iso27001: ["A.5.17"] },
  problems: PASSWORD_IN_STATE,
  check(cluster) {
    return judgeMasterPassword(cluster.props, { kind: "cluster", ...PROPS });
  },
});
