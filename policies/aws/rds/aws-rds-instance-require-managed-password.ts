import type { InstanceArgs } from "@pulumi/aws/rds";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Instance = Pick<InstanceArgs, "manageMasterUserPassword" | "password" | "passwordWo">;

function isPresent(props: object, name: string): boolean {
  const value: unknown = Object.getOwnPropertyDescriptor(props, name)?.value;
  return value !== undefined && value !== null && value !== "";
}

export default defineRule({
  name: "aws-rds-instance-require-managed-password",
  displayName: "RDS master passwords are managed in Secrets Manager",
  description: "Every RDS instance and cluster sets `manageMasterUserPassword` to true instead of a literal master password.",
  duty: "mfa",
  severity: "medium",
  resourceTypes: [AWS.rdsInstance, AWS.rdsCluster],
  remediation:
    "Set `manageMasterUserPassword: true` on the database and remove the literal master password (`password` / `masterPassword`).",
  why: "the master password sits in the program and its state, is shared by hand and is never rotated",
  controls: { nist: ["IA-5"], pciDss: ["8.3.1"], iso27001: ["A.8.5"] },
  problems: { "password-in-program": "the program sets the master password and `manageMasterUserPassword` is not true" },
  check(database) {
    const { manageMasterUserPassword } = database.props as Instance;
    if (manageMasterUserPassword === true) return pass;
    const kind = database.type === AWS.rdsCluster ? "cluster" : "instance";
    // Only presence matters, never the value: the property descriptor tells whether the program set a
    // password (even one that is unknown during preview) without reading the secret through the proxy.
    const names =
      database.type === AWS.rdsCluster ? (["masterPassword", "masterPasswordWo"] as const) : (["password", "passwordWo"] as const);
    const literal = names.find((name) => isPresent(database.props, name));
    if (literal === undefined) {
      return notApplicable(`The ${kind} sets no master password (a read replica, a snapshot restore or a cluster member inherits it)`);
    }
    return fail(`The ${kind}'s master password is set by the program: \`${literal}\` is set and \`manageMasterUserPassword\` is not true`, {
      code: "password-in-program",
    });
  },
});
