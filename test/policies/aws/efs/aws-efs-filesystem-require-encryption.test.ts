import rule from "../../../../policies/aws/efs/aws-efs-filesystem-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const fileSystem = (props: Record<string, unknown>) => resource(AWS.efsFileSystem, "shared", { encrypted: true, ...props });

describeRule(rule, {
  compliant: [{ title: "file system with encrypted=true", resources: [fileSystem({})] }],
  violating: [
    {
      title: "file system with encrypted=false",
      resources: [fileSystem({ encrypted: false })],
      problems: ["The file system is not encrypted: `encrypted` is false"],
    },
    {
      title: "file system with encrypted unset",
      resources: [fileSystem({ encrypted: undefined })],
      problems: ["The file system is not encrypted: `encrypted` is not set, and the EFS API then creates it unencrypted"],
    },
  ],
  notApplicable: [
    {
      title: "file system where the map puts EFS encryption on the provider's side",
      resources: [fileSystem({ encrypted: false })],
      map: mapWithScope("encryption-at-rest", { provider: "aws", resourceTypes: ["aws:efs/*"], side: "provider", note: "SCP enforced." }),
      reason: /on the provider's side: SCP enforced\.$/,
    },
  ],
  unknown: [{ title: "file system whose encrypted flag is computed", resources: [fileSystem({ encrypted: UNKNOWN.boolean })] }],
});
