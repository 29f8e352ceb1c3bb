import rule from "../../../../policies/aws/kms/aws-kms-key-enable-rotation";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

const key = (props: Record<string, unknown>) => resource(AWS.kmsKey, "data", { enableKeyRotation: true, ...props });

describeRule(rule, {
  compliant: [
    { title: "symmetric key with enableKeyRotation=true", resources: [key({})] },
    { title: "key rotating every 180 days", resources: [key({ rotationPeriodInDays: 180 })] },
  ],
  violating: [
    {
      title: "key with enableKeyRotation=false",
      resources: [key({ enableKeyRotation: false })],
      codes: ["rotation-off"],
    },
    {
      title: "key with enableKeyRotation unset",
      resources: [key({ enableKeyRotation: undefined })],
      codes: ["rotation-off"],
    },
    {
      title: "key rotating every 730 days",
      resources: [key({ rotationPeriodInDays: 730 })],
      codes: ["rotation-too-rare"],
    },
    {
      title: "key whose rotationPeriodInDays is text that is no number (a secret, unquoted)",
      resources: [key({ rotationPeriodInDays: canary() })],
      codes: ["rotation-period-unreadable"],
    },
  ],
  notApplicable: [
    {
      title: "asymmetric signing key",
      resources: [key({ enableKeyRotation: undefined, customerMasterKeySpec: "RSA_2048", keyUsage: "SIGN_VERIFY" })],
      reason: "KMS rotates only symmetric encryption keys; this key is asymmetric or an HMAC key",
    },
    {
      title: "key in a custom key store",
      resources: [key({ enableKeyRotation: undefined, customKeyStoreId: "cks-1234" })],
      reason: "KMS cannot rotate keys in a custom key store (`customKeyStoreId` is set)",
    },
  ],
  unknown: [{ title: "key whose enableKeyRotation is computed", resources: [key({ enableKeyRotation: UNKNOWN.boolean })] }],
});
