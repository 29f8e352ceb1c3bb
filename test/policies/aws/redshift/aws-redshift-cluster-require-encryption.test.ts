import rule from "../../../../policies/aws/redshift/aws-redshift-cluster-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const cluster = (props: Record<string, unknown>) =>
  resource(AWS.redshiftCluster, "warehouse", {
    clusterIdentifier: "warehouse",
    nodeType: "ra3.xlplus",
    encrypted: "true",
    kmsKeyId: KEY,
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: 'cluster with encrypted="true" and a key', resources: [cluster({})] },
    {
      title: "cluster with encrypted unset (defaults to true) and no key",
      resources: [cluster({ encrypted: undefined, kmsKeyId: undefined })],
    },
    {
      title: "cluster with a customer-managed key when one is required",
      resources: [cluster({})],
      config: { requireCustomerManagedKey: true },
    },
  ],
  violating: [
    {
      title: 'cluster with encrypted="false"',
      resources: [cluster({ encrypted: "false" })],
      codes: ["encryption-off"],
    },
    {
      title: "cluster without a key when a customer-managed key is required",
      resources: [cluster({ kmsKeyId: undefined })],
      config: { requireCustomerManagedKey: true },
      codes: ["key-not-set"],
      duties: ["key-management"],
      levels: ["advisory"],
    },
    {
      title: "cluster with alias/aws/redshift when a customer-managed key is required",
      resources: [cluster({ kmsKeyId: "alias/aws/redshift" })],
      config: { requireCustomerManagedKey: true },
      codes: ["key-aws-managed"],
      duties: ["key-management"],
      levels: ["advisory"],
    },
    {
      title: "cluster with a key outside the allowed list",
      resources: [cluster({ kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/ffffffff-12ab-34cd-56ef-1234567890ab" })],
      config: { allowedKeys: [KEY] },
      codes: ["key-not-allowed"],
      duties: ["key-management"],
      levels: ["advisory"],
    },
    {
      title: "cluster without a key (the aws/redshift key) where the allowed list omits it",
      resources: [cluster({ kmsKeyId: undefined })],
      config: { allowedKeys: [KEY] },
      codes: ["default-key-not-allowed"],
      duties: ["key-management"],
      levels: ["advisory"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "cluster whose encrypted flag is computed", resources: [cluster({ encrypted: UNKNOWN.string })] },
    { title: "cluster whose key is computed", resources: [cluster({ kmsKeyId: UNKNOWN.string })] },
  ],
});
