import rule from "../../../../policies/aws/apigateway/aws-apigateway-stage-require-cache-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const settings = (values: Record<string, unknown>) =>
  resource(AWS.apigatewayMethodSettings, "all-methods", {
    restApi: "abc123",
    stageName: "prod",
    methodPath: "*/*",
    settings: { loggingLevel: "INFO", cachingEnabled: true, cacheDataEncrypted: true, ...values },
  });

describeRule(rule, {
  compliant: [{ title: "method settings caching with cacheDataEncrypted=true", resources: [settings({})] }],
  violating: [
    {
      title: "method settings caching with cacheDataEncrypted=false",
      resources: [settings({ cacheDataEncrypted: false })],
      problems: ["The stage caches responses unencrypted: `settings.cachingEnabled` is true and `settings.cacheDataEncrypted` is false"],
    },
    {
      title: "method settings caching with cacheDataEncrypted unset",
      resources: [settings({ cacheDataEncrypted: undefined })],
      problems: [
        "The stage caches responses unencrypted: `settings.cachingEnabled` is true and `settings.cacheDataEncrypted` is not set (it defaults to false)",
      ],
    },
  ],
  notApplicable: [
    {
      title: "method settings without caching",
      resources: [settings({ cachingEnabled: false, cacheDataEncrypted: false })],
      reason: "The method settings do not enable caching",
    },
    {
      title: "method settings where the map puts API cache encryption on the provider's side",
      resources: [settings({ cacheDataEncrypted: false })],
      map: mapWithScope("encryption-at-rest", {
        provider: "aws",
        resourceTypes: ["aws:apigateway/*"],
        side: "provider",
        note: "Only public data is cached.",
      }),
      reason:
        "The responsibility map puts encryption at rest for aws:apigateway/methodSettings:MethodSettings on the provider's side: Only public data is cached.",
    },
  ],
  unknown: [
    { title: "method settings whose caching flag is computed", resources: [settings({ cachingEnabled: UNKNOWN.boolean })] },
    { title: "method settings whose encryption flag is computed", resources: [settings({ cacheDataEncrypted: UNKNOWN.boolean })] },
  ],
});
