import type { KeyArgs } from "@pulumi/aws/kms";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { quoted } from "../../core/shown-values";
import { AWS } from "../../core/tokens";

type Key = Pick<KeyArgs, "customerMasterKeySpec" | "keyUsage" | "customKeyStoreId" | "enableKeyRotation" | "rotationPeriodInDays">;

interface Config {
  readonly maximumRotationDays: number;
}

export default defineRule<Config>({
  name: "aws-kms-key-enable-rotation",
  displayName: "Symmetric KMS keys rotate at least yearly",
  description: "Every symmetric KMS key sets `enableKeyRotation` to true with `rotationPeriodInDays` at most 365 (the default).",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AWS.kmsKey],
  remediation: "Set `enableKeyRotation: true` on the key (and leave `rotationPeriodInDays` unset or at most 365).",
  why: "one key version protects data for ever, so a leaked or broken key exposes everything it ever encrypted",
  controls: { nist: ["SC-12"], pciDss: ["3.7.4"], iso27001: ["A.8.24"], cis: ["AWS 3.6"], securityHub: ["KMS.4"] },
  problems: {
    "rotation-off": "the key never rotates (`enableKeyRotation` false or unset)",
    "rotation-period-unreadable": "`rotationPeriodInDays` is not a number",
    "rotation-too-rare": "`rotationPeriodInDays` is above the allowed maximum",
  },
  options: {
    maximumRotationDays: {
      type: "integer",
      description: "The longest rotation period a key may have, in days.",
      default: 365,
      minimum: 90,
    },
  },
  check(key, ctx) {
    const { customerMasterKeySpec, keyUsage } = key.props as Key;
    if ((customerMasterKeySpec ?? "SYMMETRIC_DEFAULT") !== "SYMMETRIC_DEFAULT" || (keyUsage ?? "ENCRYPT_DECRYPT") !== "ENCRYPT_DECRYPT") {
      return notApplicable("KMS rotates only symmetric encryption keys; this key is asymmetric or an HMAC key");
    }
    const { customKeyStoreId } = key.props as Key;
    if (typeof customKeyStoreId === "string" && customKeyStoreId !== "") {
      return notApplicable("KMS cannot rotate keys in a custom key store (`customKeyStoreId` is set)");
    }
    const { enableKeyRotation } = key.props as Key;
    if (enableKeyRotation !== true) {
      return fail(
        enableKeyRotation === false
          ? "The key never rotates: `enableKeyRotation` is false"
          : "The key never rotates: `enableKeyRotation` is not set, and KMS then leaves rotation off",
        { code: "rotation-off" },
      );
    }
    const { rotationPeriodInDays } = key.props as Key;
    const maximum = ctx.config.maximumRotationDays;
    if (rotationPeriodInDays === undefined || rotationPeriodInDays === null || Number(rotationPeriodInDays) <= maximum) return pass;
    const fix = `Set \`rotationPeriodInDays\` to ${maximum} or less.`;
    if (!Number.isFinite(Number(rotationPeriodInDays))) {
      return fail("The key's rotation period cannot be read: `rotationPeriodInDays` is not a number", {
        code: "rotation-period-unreadable",
        fix,
      });
    }
    return fail(
      `The key rotates too rarely: \`rotationPeriodInDays\` is ${quoted(Number(rotationPeriodInDays))}, above the allowed ${maximum}`,
      { code: "rotation-too-rare", fix },
    );
  },
});
