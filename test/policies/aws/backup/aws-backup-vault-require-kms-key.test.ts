import rule from "../../../../policies/aws/backup/aws-backup-vault-require-kms-key";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const vault = (props: Record<string, unknown>) => resource(AWS.backupVault, "main", { kmsKeyArn: KEY, ...props });

const cases: RuleCases = {
  compliant: [
    { title: "vault with a customer-managed key", resources: [vault({})] },
    { title: "vault with a key on the allow-list", resources: [vault({})], config: { allowedKeys: [KEY] } },
  ],
  violating: [
    {
      title: "vault with kmsKeyArn unset",
      resources: [vault({ kmsKeyArn: undefined })],
      codes: ["key-not-set"],
    },
    {
      title: "vault with the alias/aws/backup key ARN",
      resources: [vault({ kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:alias/aws/backup" })],
      codes: ["key-aws-managed"],
    },
    {
      title: "vault with a key outside the allow-list",
      resources: [vault({})],
      config: { allowedKeys: ["arn:aws:kms:eu-west-1:111122223333:key/0000aaaa-00aa-00aa-00aa-000000000000"] },
      codes: ["key-not-allowed"],
    },
    {
      title: "vault with kmsKeyArn unset (aws/backup) where the allow-list names other keys and no customer key is required",
      resources: [vault({ kmsKeyArn: undefined })],
      config: {
        requireCustomerManagedKey: false,
        allowedKeys: ["arn:aws:kms:eu-west-1:111122223333:key/0000aaaa-00aa-00aa-00aa-000000000000"],
      },
      codes: ["default-key-not-allowed"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "vault whose key is computed", resources: [vault({ kmsKeyArn: UNKNOWN.string })] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "vault with no kmsKeyArn",
  resources: (tags) => [resource(AWS.backupVault, "main", { tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["key-not-set"],
    restricted: ["key-not-set"],
  },
});
