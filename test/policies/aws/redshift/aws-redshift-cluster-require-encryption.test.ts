import rule from "../../../../policies/aws/redshift/aws-redshift-cluster-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

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
      problems: ['The cluster is not encrypted: `encrypted` is "false"'],
    },
    {
      title: "cluster without a key when a customer-managed key is required",
      resources: [cluster({ kmsKeyId: undefined })],
      config: { requireCustomerManagedKey: true },
      problems: ["The cluster is encrypted with an AWS-managed key: `kmsKeyId` is not set"],
      duties: ["key-management"],
      levels: ["advisory"],
    },
    {
      title: "cluster with alias/aws/redshift when a customer-managed key is required",
      resources: [cluster({ kmsKeyId: "alias/aws/redshift" })],
      config: { requireCustomerManagedKey: true },
      problems: ["The cluster uses an AWS-managed key: `kmsKeyId` names an `alias/aws/...` key, not a customer-managed key"],
      duties: ["key-management"],
      levels: ["advisory"],
    },
  ],
  notApplicable: [
    {
      title: "cluster where the map puts Redshift encryption on the provider's side",
      resources: [cluster({ encrypted: "false" })],
      map: mapWithScope("encryption-at-rest", {
        provider: "aws",
        resourceTypes: ["aws:redshift/*"],
        side: "provider",
        note: "Test data only.",
      }),
      reason: "The responsibility map puts encryption at rest for aws:redshift/cluster:Cluster on the provider's side: Test data only.",
    },
  ],
  unknown: [
    { title: "cluster whose encrypted flag is computed", resources: [cluster({ encrypted: UNKNOWN.string })] },
    { title: "cluster whose key is computed", resources: [cluster({ kmsKeyId: UNKNOWN.string })] },
  ],
});
