/**
 * Key properties the provider fills on deployed state (issue 15, item 2): an EBS volume, EFS file
 * system, RDS database, Redshift cluster or Backup vault that names no key shows, in its outputs,
 * the ARN of the service's AWS-managed key (`kmsKeyId`/`kmsKeyArn` is a computed output in
 * ebs/volume.d.ts, efs/fileSystem.d.ts, rds/instance.d.ts, redshift/cluster.d.ts, backup/vault.d.ts),
 * and one that names an alias shows the alias's key ARN. `deployedForm` cannot produce those
 * values, so this test builds the deployed shape by hand and requires the preview verdict.
 */
import { describe, expect, it } from "vitest";
import backupVault from "../../../policies/aws/backup/aws-backup-vault-require-kms-key";
import ebsVolume from "../../../policies/aws/ebs/aws-ebs-volume-require-kms-key";
import efsFileSystem from "../../../policies/aws/efs/aws-efs-filesystem-require-kms-key";
import rdsInstance from "../../../policies/aws/rds/aws-rds-instance-require-kms-key";
import redshiftCluster from "../../../policies/aws/redshift/aws-redshift-cluster-require-encryption";
import type { Rule } from "../../../policies/core/rule";
import { AWS } from "../../../policies/core/tokens";
import { MAP_WITHOUT_CLASSIFICATION } from "../../support/classification";
import { environment, resource, run, verdicts } from "../../support/rules";

const CUSTOMER = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const CUSTOMER_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
/** What deployed state shows for an unset key: the account's AWS-managed key, by ARN. */
const AWS_MANAGED = "arn:aws:kms:eu-west-1:111122223333:key/9f8e7d6c-0000-4000-8000-aws0managed0";

interface Subject {
  readonly rule: Rule;
  readonly type: string;
  readonly props: Record<string, unknown>;
  readonly property: string;
}

const SUBJECTS: readonly Subject[] = [
  { rule: ebsVolume, type: AWS.ebsVolume, props: { availabilityZone: "eu-west-1a", size: 10, encrypted: true }, property: "kmsKeyId" },
  { rule: efsFileSystem, type: AWS.efsFileSystem, props: { encrypted: true }, property: "kmsKeyId" },
  {
    rule: rdsInstance,
    type: AWS.rdsInstance,
    props: { instanceClass: "db.t3.micro", engine: "postgres", storageEncrypted: true },
    property: "kmsKeyId",
  },
  { rule: redshiftCluster, type: AWS.redshiftCluster, props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus" }, property: "kmsKeyId" },
  { rule: backupVault, type: AWS.backupVault, props: {}, property: "kmsKeyArn" },
];

/** Configs under which the rule judges keys by an allowed list of key ids or ARNs alone. */
const ALLOW_LISTS: readonly Record<string, unknown>[] = [
  { requireCustomerManagedKey: false, allowedKeys: [CUSTOMER] },
  { requireCustomerManagedKey: false, allowedKeys: [CUSTOMER_ID] },
];

function verdictOf(subject: Subject, key: string | undefined, config: Record<string, unknown>): string[] {
  const props = { ...subject.props, [subject.property]: key };
  // The rules' own options decide, not a classification level.
  return verdicts(run(subject.rule, [resource(subject.type, "data", props)], config, environment(MAP_WITHOUT_CLASSIFICATION)));
}

describe.each(SUBJECTS)("$rule.name on deployed key ARNs", (subject) => {
  it.each(ALLOW_LISTS)("an unset key and the AWS-managed key's ARN get the same verdict: %j", (config) => {
    const preview = verdictOf(subject, undefined, config);
    expect(verdictOf(subject, AWS_MANAGED, config)).toEqual(preview);
  });

  it("an unset key fails an allowed list that omits the AWS-managed key, in preview and on deployed state", () => {
    const config = { requireCustomerManagedKey: false, allowedKeys: [CUSTOMER] };
    expect(verdictOf(subject, undefined, config)).toHaveLength(1);
    expect(verdictOf(subject, AWS_MANAGED, config)).toHaveLength(1);
  });

  it("against an allowed list of aliases, a deployed key ARN is undecided and passes: never a failure preview did not give", () => {
    // The AWS-managed key's ARN cannot be told from the key an allowed alias targets without reading
    // the account, so deployed state misses what preview reports (a missed finding, never a false one).
    const config = { requireCustomerManagedKey: false, allowedKeys: ["alias/app-data"] };
    expect(verdictOf(subject, undefined, config)).toHaveLength(1);
    expect(verdictOf(subject, AWS_MANAGED, config)).toEqual([]);
    expect(verdictOf(subject, "alias/other", config)).toHaveLength(1);
  });

  it("an allowed alias passes in preview and as the key ARN the provider stores for it", () => {
    const config = { requireCustomerManagedKey: true, allowedKeys: ["alias/app-data"] };
    expect(verdictOf(subject, "alias/app-data", config)).toEqual([]);
    expect(verdictOf(subject, CUSTOMER, config)).toEqual([]);
  });

  it("a key allowed by id passes when given, or stored, as its ARN", () => {
    const config = { requireCustomerManagedKey: true, allowedKeys: [CUSTOMER_ID] };
    expect(verdictOf(subject, CUSTOMER_ID, config)).toEqual([]);
    expect(verdictOf(subject, CUSTOMER, config)).toEqual([]);
  });

  it("a key ARN is never judged AWS-managed, so deployed state never fails what preview passed", () => {
    const config = { requireCustomerManagedKey: true };
    expect(verdictOf(subject, CUSTOMER, config)).toEqual([]);
    expect(verdictOf(subject, AWS_MANAGED, config)).toEqual([]);
    expect(verdictOf(subject, "alias/aws/whatever", config)).toHaveLength(1);
  });
});
