import type { LifecyclePolicyArgs } from "@pulumi/aws/ecr";
import { StackIndex } from "../../core/joins";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";

const REPOSITORIES = [AWS.ecrRepository];

type Policy = Pick<LifecyclePolicyArgs, "policy">;

/**
 * Whether a lifecycle policy has a rule whose action expires images. SDK (ecr/lifecyclePolicy.d.ts):
 * `policy` is a JSON string or a LifecyclePolicyDocument; its examples show `action.type` "expire"
 * and "transition" (to the archive storage class), and only "expire" deletes images.
 */
function expiresImages(policy: ResourceView): boolean {
  let document: unknown = (policy.props as Policy).policy;
  if (typeof document === "string") {
    try {
      document = JSON.parse(document);
    } catch {
      return false;
    }
  }
  const rules = isRecord(document) ? document["rules"] : undefined;
  if (!Array.isArray(rules)) return false;
  return rules.some((rule) => isRecord(rule) && isRecord(rule["action"]) && rule["action"]["type"] === "expire");
}

export default defineStackRule({
  name: "aws-ecr-repository-require-lifecycle-policy",
  displayName: "ECR repositories expire old images",
  description:
    "Every ECR repository has an `aws.ecr.LifecyclePolicy` (joined by `repository`, the repository's name), so untagged and old images are expired rather than kept forever.",
  duty: "data-retention",
  severity: "low",
  resourceTypes: [...REPOSITORIES, AWS.ecrLifecyclePolicy],
  remediation:
    "Add an `aws.ecr.LifecyclePolicy` with `repository` set to the repository's name and a rule that expires untagged images (for example `countType: sinceImagePushed`).",
  why: "images pile up forever, keeping old vulnerable builds and any data baked into them pullable and paid for",
  controls: { nist: ["SI-12", "CM-2"], iso27001: ["A.8.10"], securityHub: ["ECR.3"] },
  problems: {
    "no-lifecycle-policy": "no LifecyclePolicy refers to the repository",
    "no-expire-rule": "the repository's LifecyclePolicy has no rule whose action expires images",
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const repositories = index.ofType(REPOSITORIES);
    if (repositories.length === 0) return notApplicable("The stack creates no ECR repository");
    // SDK (ecr/lifecyclePolicy.d.ts): `repository` is the "Name of the repository to apply the policy".
    const policies = new Siblings(
      index.ofType([AWS.ecrLifecyclePolicy]),
      (policy) => index.referenced(policy, "repository", REPOSITORIES, ["name"]),
      expiresImages,
    );
    return judgeEach(repositories, (repository): StackViolation[] | undefined => {
      if (policies.some(repository, (expires) => expires)) return undefined;
      policies.settle(repository);
      if (policies.of(repository).length > 0) {
        return [
          {
            code: "no-expire-rule",
            resource: repository,
            actual: 'The repository keeps every image forever: its LifecyclePolicy has no rule whose `action.type` is "expire"',
          },
        ];
      }
      return [
        {
          code: "no-lifecycle-policy",
          resource: repository,
          actual: "The repository keeps every image forever: no LifecyclePolicy refers to it",
        },
      ];
    });
  },
});
