import type { MethodSettingsArgs } from "@pulumi/aws/apigateway";
import { isRecord } from "../../core/resource";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type MethodSettings = Pick<MethodSettingsArgs, "settings">;

export default defineRule({
  name: "aws-apigateway-stage-require-cache-encryption",
  displayName: "Cached REST API responses are encrypted",
  description: "Every API Gateway method setting that enables caching also sets `settings.cacheDataEncrypted` to true.",
  duty: "encryption-at-rest",
  severity: "medium",
  resourceTypes: [AWS.apigatewayMethodSettings],
  remediation: "Set `settings.cacheDataEncrypted: true` on the method settings.",
  why: "cached responses, which may hold personal data, are stored unencrypted",
  controls: { nist: ["SC-28"], securityHub: ["APIGateway.5"] },
  problems: { "cache-unencrypted": "caching is on and `settings.cacheDataEncrypted` is false or unset" },
  check(methodSettings) {
    const { settings } = methodSettings.props as MethodSettings;
    if (!isRecord(settings)) return notApplicable("The method settings do not enable caching");
    const { cachingEnabled } = settings;
    if (cachingEnabled !== true) return notApplicable("The method settings do not enable caching");
    // types/input.d.ts MethodSettingsSettings: `cacheDataEncrypted` "Whether the cached responses are
    // encrypted"; unset is false (API Gateway REST API reference, MethodSetting.cacheDataEncrypted).
    const { cacheDataEncrypted } = settings;
    if (cacheDataEncrypted === true) return pass;
    return fail(
      cacheDataEncrypted === false
        ? "The stage caches responses unencrypted: `settings.cachingEnabled` is true and `settings.cacheDataEncrypted` is false"
        : "The stage caches responses unencrypted: `settings.cachingEnabled` is true and `settings.cacheDataEncrypted` is not set (it defaults to false)",
      { code: "cache-unencrypted" },
    );
  },
});
