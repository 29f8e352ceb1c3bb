import rule from "../../../../policies/azure/app/azure-app-containerapp-disallow-plaintext-secrets";
import { AZURE } from "../../../../policies/core/tokens";
import { FAKE_PEM } from "../../../support/fake-credentials";
import { describeRule, resource, secret, UNKNOWN } from "../../../support/rules";

const container = (env?: unknown[]) => ({
  name: "api",
  image: "mcr.microsoft.com/k8se/quickstart:latest",
  ...(env === undefined ? {} : { env }),
});
const app = (template: unknown) =>
  resource(AZURE.containerApp, "api", {
    resourceGroupName: "rg-app",
    containerAppName: "api",
    ...(template === undefined ? {} : { template }),
  });

describeRule(rule, {
  compliant: [
    { title: "plain settings that are no secrets", resources: [app({ containers: [container([{ name: "STAGE", value: "prod" }])] })] },
    {
      title: "a secret through secretRef",
      resources: [app({ containers: [container([{ name: "DB_PASSWORD", secretRef: "db-password" }])] })],
    },
    {
      title: "a plain value passed as a Pulumi secret",
      resources: [app({ containers: [container([{ name: "API_KEY", value: secret("k-123") }])] })],
    },
  ],
  violating: [
    {
      title: "a private key in a plain value",
      resources: [app({ containers: [container([{ name: "TLS_KEY_PEM", value: FAKE_PEM }])] })],
      codes: ["credential-in-value"],
    },
    {
      title: "a secret-named plain value (advisory)",
      resources: [app({ containers: [container(), container([{ name: "JWT_SECRET", value: "s3cr3t" }])] })],
      codes: ["secret-name-literal"],
      levels: ["advisory"],
    },
    {
      title: "the message names the entry and the variable, never the value",
      resources: [
        app({
          containers: [
            container([
              { name: "STAGE", value: "prod" },
              { name: "SIGNING_KEY", value: FAKE_PEM },
            ]),
          ],
        }),
      ],
      problems: ["`template.containers[0].env[1]` (`SIGNING_KEY`) holds a plain value that looks like a PEM private key"],
    },
  ],
  notApplicable: [
    { title: "an app without a template", resources: [app(undefined)], reason: "No container sets environment variables" },
    { title: "containers without env", resources: [app({ containers: [container()] })], reason: "No container sets environment variables" },
  ],
  unknown: [
    { title: "template computed at preview", resources: [app(UNKNOWN.object)] },
    {
      title: "a value computed at preview",
      resources: [app({ containers: [container([{ name: "DB_PASSWORD", value: UNKNOWN.string }])] })],
    },
  ],
});
