import type { TopicArgs } from "@pulumi/aws/sns";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { customerManagedKeyRequired, KEY_PROBLEMS, type KmsKeyConfig, keyViolation, kmsKeyOptions } from "../support/kms";

type Topic = Pick<TopicArgs, "kmsMasterKeyId">;

export default defineRule<KmsKeyConfig>({
  name: "aws-sns-topic-require-kms-key",
  displayName: "SNS topics are encrypted with a KMS key",
  description: "Every SNS topic sets `kmsMasterKeyId` to a customer-managed KMS key.",
  duty: "encryption-at-rest",
  findingDuties: ["key-management"],
  severity: "medium",
  resourceTypes: [AWS.snsTopic],
  remediation: "Set `kmsMasterKeyId` on the topic to a customer-managed KMS key.",
  why: "messages waiting for delivery are not protected by any key the organisation controls",
  controls: { nist: ["SC-28"], pciDss: ["3.5.1"], securityHub: ["SNS.1"] },
  problems: {
    "encryption-off": "`kmsMasterKeyId` is not set, so SNS stores messages unencrypted",
    ...KEY_PROBLEMS,
  },
  options: kmsKeyOptions(true),
  check(topic, ctx) {
    const { kmsMasterKeyId } = topic.props as Topic;
    if (kmsMasterKeyId === undefined || kmsMasterKeyId === null || kmsMasterKeyId === "") {
      return fail("The topic is not encrypted with a KMS key: `kmsMasterKeyId` is not set, and SNS then stores messages unencrypted", {
        code: "encryption-off",
      });
    }
    const violation = keyViolation(kmsMasterKeyId, "kmsMasterKeyId", ctx.config, "The topic", customerManagedKeyRequired(topic, ctx));
    // Which key encrypts is key management, with its own accountable person.
    return violation ? [{ ...violation, duty: "key-management" }] : pass;
  },
});
