import rule from "../../../../policies/aws/ecs/aws-ecs-taskdefinition-disallow-plaintext-secrets";
import { AWS } from "../../../../policies/core/tokens";
import { FAKE_KEY_ID } from "../../../support/fake-credentials";
import { describeRule, resource, secret, UNKNOWN } from "../../../support/rules";

const container = (extra: Record<string, unknown>) => ({ name: "web", image: "nginx:1.27", essential: true, ...extra });
const task = (containerDefinitions: unknown) => resource(AWS.ecsTaskDefinition, "web", { family: "web", containerDefinitions });
const json = (containers: unknown[]) => task(JSON.stringify(containers));

describeRule(rule, {
  compliant: [
    { title: "settings that are no secrets", resources: [json([container({ environment: [{ name: "STAGE", value: "prod" }] })])] },
    {
      title: "secrets passed through `secrets[]`",
      resources: [
        json([
          container({
            environment: [{ name: "DB_SECRET_ARN", value: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf" }],
            secrets: [{ name: "DB_PASSWORD", valueFrom: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf" }],
          }),
        ]),
      ],
    },
    {
      title: "the whole document as a Pulumi secret",
      resources: [task(secret(JSON.stringify([container({ environment: [{ name: "DB_PASSWORD", value: "hunter2" }] })])))],
    },
  ],
  violating: [
    {
      title: "an AWS access key id in a sidecar's environment",
      resources: [json([container({}), container({ name: "agent", environment: [{ name: "AWS_ACCESS_KEY_ID", value: FAKE_KEY_ID }] })])],
      codes: ["credential-in-value"],
    },
    {
      title: "a secret-named literal (advisory)",
      resources: [
        json([
          container({
            environment: [
              { name: "STAGE", value: "prod" },
              { name: "API_TOKEN", value: "t0ken" },
            ],
          }),
        ]),
      ],
      codes: ["secret-name-literal"],
      levels: ["advisory"],
    },
    {
      title: "the message names the container entry and the variable, never the value",
      resources: [json([container({ environment: [{ name: "DATABASE_URL", value: "mysql://app:hunter2@db/app" }] })])],
      problems: [
        "`containerDefinitions[0].environment[0]` (`DATABASE_URL`) holds a plain value that looks like a URL with a user name and password",
      ],
    },
  ],
  notApplicable: [
    {
      title: "containers without environment variables",
      resources: [json([container({})])],
      reason: "No container sets `environment` variables",
    },
    {
      title: "container definitions that are not JSON",
      resources: [task("[{")],
      reason: "The container definitions are not a JSON document (the provider rejects them)",
    },
  ],
  unknown: [{ title: "container definitions built from Outputs", resources: [task(UNKNOWN.string)] }],
});
