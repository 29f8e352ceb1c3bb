import repositoryRequireLifecyclePolicy from "./aws-ecr-repository-require-lifecycle-policy";

export const rules = [repositoryRequireLifecyclePolicy];
