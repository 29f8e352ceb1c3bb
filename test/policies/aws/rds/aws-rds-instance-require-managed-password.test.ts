import { describe, expect, it } from "vitest";
import rule from "../../../../policies/aws/rds/aws-rds-instance-require-managed-password";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, run, secret, UNKNOWN } from "../../../support/rules";

const instance = (props: Record<string, unknown>) =>
  resource(AWS.rdsInstance, "orders", { engine: "postgres", username: "app", manageMasterUserPassword: true, ...props });
const cluster = (props: Record<string, unknown>) =>
  resource(AWS.rdsCluster, "ledger", { engine: "aurora-mysql", masterUsername: "app", manageMasterUserPassword: true, ...props });

describeRule(rule, {
  compliant: [
    { title: "instance with manageMasterUserPassword=true", resources: [instance({})] },
    { title: "cluster with manageMasterUserPassword=true", resources: [cluster({})] },
  ],
  violating: [
    {
      title: "instance with a literal password",
      resources: [instance({ manageMasterUserPassword: undefined, password: secret("hunter2hunter2") })],
      codes: ["password-in-program"],
    },
    {
      title: "instance with a password unknown during preview (from a generated password)",
      resources: [instance({ manageMasterUserPassword: undefined, password: UNKNOWN.string })],
      codes: ["password-in-program"],
    },
    {
      title: "instance with a write-only password",
      resources: [instance({ manageMasterUserPassword: false, passwordWo: secret("hunter2hunter2"), passwordWoVersion: 1 })],
      codes: ["password-in-program"],
    },
    {
      title: "cluster with a literal masterPassword",
      resources: [cluster({ manageMasterUserPassword: undefined, masterPassword: secret("hunter2hunter2") })],
      codes: ["password-in-program"],
    },
  ],
  notApplicable: [
    {
      title: "read replica without a password",
      resources: [instance({ manageMasterUserPassword: undefined, replicateSourceDb: "orders-primary" })],
      reason: "The instance sets no master password (a read replica, a snapshot restore or a cluster member inherits it)",
    },
  ],
  unknown: [
    { title: "instance whose manageMasterUserPassword is computed", resources: [instance({ manageMasterUserPassword: UNKNOWN.boolean })] },
  ],
});

describe("aws-rds-instance-require-managed-password wording", () => {
  it("names the password property, never its value", () => {
    const [finding] = run(rule, [instance({ manageMasterUserPassword: undefined, password: secret("hunter2hunter2") })]);
    expect(finding?.problem).toContain("`password` is set and `manageMasterUserPassword` is not true");
    expect(finding?.message).not.toContain("hunter2");
  });
});
