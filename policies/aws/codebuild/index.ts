import projectDisallowPlaintextSecrets from "./aws-codebuild-project-disallow-plaintext-secrets";

export const rules = [projectDisallowPlaintextSecrets];
