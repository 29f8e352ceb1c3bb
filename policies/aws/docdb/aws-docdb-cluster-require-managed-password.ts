import type { ClusterArgs } from "@pulumi/aws/docdb";
import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeMasterPassword, PASSWORD_IN_STATE } from "../support/master-password";

// SDK ClusterArgs.masterPassword: "Note that this may show up in logs, and it will be stored in the state file";
// `masterPasswordWo`: "write-only ... will not be updated in state"; `manageMasterUserPassword`: "allow Amazon
// DocumentDB to manage the master user password in AWS Secrets Manager".
const PROPS = { managed: "manageMasterUserPassword", plain: "masterPassword", writeOnly: "masterPasswordWo" } as const satisfies Record<
  string,
  keyof ClusterArgs
>;

export default defineRule({
  name: "aws-docdb-cluster-require-managed-password",
  displayName: "DocumentDB master passwords stay out of the state",
  description:
    "Every DocumentDB cluster sets `manageMasterUserPassword` to true or passes its master password as the write-only `masterPasswordWo`, not as `masterPassword`, which the provider stores in the Pulumi state.",
  duty: "secrets-hygiene",
  severity: "medium",
  resourceTypes: [AWS.docdbCluster],
  remediation:
    "Set `manageMasterUserPassword: true` on the cluster (or pass `masterPasswordWo` with `masterPasswordWoVersion`) and remove `masterPassword`.",
  why: "a password stored in the state is readable by everyone who can export the stack, and lives in every state backup",
  controls: { nist: ["IA-5(7)"], pciDss: ["8.6.2"], iso27001: ["A.5.17"] },
  problems: PASSWORD_IN_STATE,
  check(cluster) {
    return judgeMasterPassword(cluster.props, { kind: "cluster", ...PROPS });
  },
});
