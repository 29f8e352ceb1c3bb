import rule from "../../../../policies/aws/efs/aws-efs-filesystem-require-kms-key";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const fileSystem = (props: Record<string, unknown>) => resource(AWS.efsFileSystem, "shared", { encrypted: true, kmsKeyId: KEY, ...props });

const cases: RuleCases = {
  compliant: [
    { title: "file system with a customer-managed kmsKeyId", resources: [fileSystem({})] },
    { title: "key on the allow-list", resources: [fileSystem({})], config: { allowedKeys: [KEY] } },
  ],
  violating: [
    {
      title: "encrypted file system with kmsKeyId unset",
      resources: [fileSystem({ kmsKeyId: undefined })],
      codes: ["key-not-set"],
    },
    {
      title: "file system with a key outside the allow-list",
      resources: [fileSystem({})],
      config: { allowedKeys: ["arn:aws:kms:eu-west-1:111122223333:key/other"] },
      codes: ["key-not-allowed"],
    },
    {
      title: "file system naming an AWS-managed alias",
      resources: [fileSystem({ kmsKeyId: "alias/aws/elasticfilesystem" })],
      codes: ["key-aws-managed"],
    },
    {
      title:
        "encrypted file system with kmsKeyId unset (aws/elasticfilesystem) where the allow-list names other keys and no customer key is required",
      resources: [fileSystem({ kmsKeyId: undefined })],
      config: { requireCustomerManagedKey: false, allowedKeys: [KEY] },
      codes: ["default-key-not-allowed"],
    },
  ],
  notApplicable: [
    {
      title: "unencrypted file system",
      resources: [fileSystem({ encrypted: false, kmsKeyId: undefined })],
      reason: "The file system is not encrypted, so no key is in use (aws-efs-filesystem-require-encryption reports it)",
    },
  ],
  unknown: [{ title: "file system whose kmsKeyId is computed", resources: [fileSystem({ kmsKeyId: UNKNOWN.string })] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "file system with encrypted=true and no kmsKeyId",
  resources: (tags) => [resource(AWS.efsFileSystem, "share", { encrypted: true, tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["key-not-set"],
    restricted: ["key-not-set"],
  },
});
