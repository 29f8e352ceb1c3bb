import rule from "../../../../policies/aws/ecr/aws-ecr-repository-require-lifecycle-policy";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

const EXPIRE_UNTAGGED = JSON.stringify({
  rules: [
    {
      rulePriority: 1,
      description: "Expire untagged images after 14 days",
      selection: { tagStatus: "untagged", countType: "sinceImagePushed", countUnit: "days", countNumber: 14 },
      action: { type: "expire" },
    },
  ],
});
const ARCHIVE_ONLY = JSON.stringify({
  rules: [
    {
      rulePriority: 1,
      selection: { tagStatus: "any", countType: "sinceImagePulled", countUnit: "days", countNumber: 90 },
      action: { type: "transition", targetStorageClass: "archive" },
    },
  ],
});
const repository = (name = "app") => resource(AWS.ecrRepository, name, { name });
const policy = (props: Record<string, unknown> = {}, name = "app") =>
  resource(AWS.ecrLifecyclePolicy, `${name}-lifecycle`, { repository: name, policy: EXPIRE_UNTAGGED, ...props });

describeRule(rule, {
  compliant: [
    { title: "repository with a lifecycle policy expiring untagged images", resources: [repository(), policy()] },
    {
      title: "repository with a lifecycle policy given as a document",
      resources: [repository(), policy({ policy: JSON.parse(EXPIRE_UNTAGGED) })],
    },
  ],
  violating: [
    { title: "repository without a lifecycle policy", resources: [repository()], codes: ["no-lifecycle-policy"] },
    {
      title: "repository whose lifecycle policy belongs to another repository",
      resources: [repository(), repository("other"), policy({}, "other")],
      codes: ["no-lifecycle-policy"],
    },
    {
      title: "repository whose lifecycle policy only archives",
      resources: [repository(), policy({ policy: ARCHIVE_ONLY })],
      codes: ["no-expire-rule"],
    },
    {
      title: "repository whose lifecycle policy is not JSON",
      resources: [repository(), policy({ policy: "{not json" })],
      codes: ["no-expire-rule"],
    },
  ],
  notApplicable: [{ title: "stack without repositories", resources: [policy()], reason: "The stack creates no ECR repository" }],
  unknown: [
    {
      title: "repository whose lifecycle policy text is computed",
      resources: [
        repository(),
        resource(
          AWS.ecrLifecyclePolicy,
          "app-lifecycle",
          { repository: UNKNOWN.string, policy: UNKNOWN.string },
          { propertyDependencies: { repository: [urnOf(AWS.ecrRepository, "app")] } },
        ),
      ],
      undecided: ["app"],
    },
  ],
});
