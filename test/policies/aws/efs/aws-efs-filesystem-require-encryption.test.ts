import rule from "../../../../policies/aws/efs/aws-efs-filesystem-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const fileSystem = (props: Record<string, unknown>) => resource(AWS.efsFileSystem, "shared", { encrypted: true, ...props });

describeRule(rule, {
  compliant: [{ title: "file system with encrypted=true", resources: [fileSystem({})] }],
  violating: [
    {
      title: "file system with encrypted=false",
      resources: [fileSystem({ encrypted: false })],
      codes: ["not-encrypted"],
    },
    {
      title: "file system with encrypted unset",
      resources: [fileSystem({ encrypted: undefined })],
      codes: ["not-encrypted"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "file system whose encrypted flag is computed", resources: [fileSystem({ encrypted: UNKNOWN.boolean })] }],
});
