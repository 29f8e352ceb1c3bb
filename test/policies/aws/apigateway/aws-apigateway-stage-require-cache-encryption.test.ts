import rule from "../../../../policies/aws/apigateway/aws-apigateway-stage-require-cache-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

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
      codes: ["cache-unencrypted"],
    },
    {
      title: "method settings caching with cacheDataEncrypted unset",
      resources: [settings({ cacheDataEncrypted: undefined })],
      codes: ["cache-unencrypted"],
    },
  ],
  notApplicable: [
    {
      title: "method settings without caching",
      resources: [settings({ cachingEnabled: false, cacheDataEncrypted: false })],
      reason: "The method settings do not enable caching",
    },
    {
      title: "method settings without a settings block",
      resources: [resource(AWS.apigatewayMethodSettings, "all-methods", { restApi: "abc123", stageName: "prod", methodPath: "*/*" })],
      reason: "The method settings do not enable caching",
    },
  ],
  unknown: [
    { title: "method settings whose caching flag is computed", resources: [settings({ cachingEnabled: UNKNOWN.boolean })] },
    { title: "method settings whose encryption flag is computed", resources: [settings({ cacheDataEncrypted: UNKNOWN.boolean })] },
  ],
});
