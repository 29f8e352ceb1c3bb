import rule from "../../../../policies/aws/dms/aws-dms-replicationinstance-disallow-public-access";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const instance = (props: Record<string, unknown> = {}) =>
  resource(AWS.dmsReplicationInstance, "migrate", {
    replicationInstanceId: "migrate",
    replicationInstanceClass: "dms.t3.medium",
    ...props,
  });

describeRule(rule, {
  compliant: [{ title: "instance with publiclyAccessible=false", resources: [instance({ publiclyAccessible: false })] }],
  violating: [
    { title: "instance with publiclyAccessible=true", resources: [instance({ publiclyAccessible: true })], codes: ["publicly-accessible"] },
    { title: "instance leaving publiclyAccessible unset", resources: [instance()], codes: ["public-by-default"], levels: ["advisory"] },
  ],
  notApplicable: [
    {
      title: "instance where the map puts network exposure on the provider's side",
      resources: [instance()],
      map: mapWithScope("network-exposure", {
        provider: "aws",
        resourceTypes: ["aws:dms/*"],
        side: "provider",
        note: "Private subnets only.",
      }),
      reason: /Private subnets only\.$/,
    },
  ],
  unknown: [{ title: "instance whose publiclyAccessible is computed", resources: [instance({ publiclyAccessible: UNKNOWN.boolean })] }],
});
