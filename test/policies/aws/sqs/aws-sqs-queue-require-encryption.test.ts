import rule from "../../../../policies/aws/sqs/aws-sqs-queue-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, mapWithScope, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const queue = (props: Record<string, unknown>) => resource(AWS.sqsQueue, "jobs", { sqsManagedSseEnabled: true, ...props });

const cases: RuleCases = {
  compliant: [
    { title: "queue with SQS-managed encryption", resources: [queue({})] },
    { title: "queue with encryption settings unset (SQS-managed by default)", resources: [queue({ sqsManagedSseEnabled: undefined })] },
    {
      title: "queue with a customer-managed key when one is required",
      resources: [queue({ kmsMasterKeyId: KEY })],
      config: { requireCustomerManagedKey: true },
    },
  ],
  violating: [
    {
      title: "queue with sqsManagedSseEnabled=false and no key",
      resources: [queue({ sqsManagedSseEnabled: false })],
      problems: ["The queue is not encrypted: `sqsManagedSseEnabled` is false and `kmsMasterKeyId` is not set"],
    },
    {
      title: "queue without a key when a customer-managed key is required",
      resources: [queue({})],
      config: { requireCustomerManagedKey: true },
      problems: ["The queue is not encrypted with a customer-managed key: `kmsMasterKeyId` is not set"],
      duties: ["key-management"],
    },
    {
      title: "queue with alias/aws/sqs when a customer-managed key is required",
      resources: [queue({ kmsMasterKeyId: "alias/aws/sqs" })],
      config: { requireCustomerManagedKey: true },
      problems: ["The queue uses an AWS-managed key: `kmsMasterKeyId` names an `alias/aws/...` key, not a customer-managed key"],
      duties: ["key-management"],
    },
  ],
  notApplicable: [
    {
      title: "queue where the map puts SQS encryption on the provider's side",
      resources: [queue({ sqsManagedSseEnabled: false })],
      map: mapWithScope("encryption-at-rest", {
        provider: "aws",
        resourceTypes: ["aws:sqs/*"],
        side: "provider",
        note: "SQS encrypts by default.",
      }),
      reason: "The responsibility map puts encryption at rest for aws:sqs/queue:Queue on the provider's side: SQS encrypts by default.",
    },
  ],
  unknown: [
    { title: "queue whose key is computed", resources: [queue({ kmsMasterKeyId: UNKNOWN.string })] },
    { title: "queue whose SQS-managed flag is computed", resources: [queue({ sqsManagedSseEnabled: UNKNOWN.boolean })] },
  ],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "queue with SQS-managed encryption and no kmsMasterKeyId",
  resources: (tags) => [resource(AWS.sqsQueue, "jobs", { tags })],
  expected: {
    public: [],
    internal: [],
    confidential: [
      "The queue is not encrypted with a customer-managed key: `kmsMasterKeyId` is not set; confidential data requires a customer-managed key",
    ],
    restricted: [
      "The queue is not encrypted with a customer-managed key: `kmsMasterKeyId` is not set; restricted data requires a customer-managed key",
    ],
  },
});
