import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { quoted } from "../../core/shown-values";
import { AZURE } from "../../core/tokens";
import { keySettings } from "../support/arm-ids";

interface Options {
  maximumRotationDays: number;
}

/** Days in an ISO 8601 duration such as P90D, P3M, P1Y (months as 30 days, years as 365). */
export function durationDays(duration: string): number | undefined {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration);
  if (!match || duration === "P") return undefined;
  const [, years = "0", months = "0", weeks = "0", days = "0"] = match;
  return Number(years) * 365 + Number(months) * 30 + Number(weeks) * 7 + Number(days);
}

export default defineRule<Options>({
  name: "azure-keyvault-key-require-rotation",
  displayName: "Key Vault keys rotate automatically",
  description:
    "Every Key Vault key has a `properties.rotationPolicy` with a rotate action triggered at most the maximum days after creation.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AZURE.keyVaultKey],
  remediation:
    'Set `properties.rotationPolicy: { lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeAfterCreate: "P90D" } }] }` on the key.',
  why: "a key used for years multiplies the data exposed if it leaks",
  controls: { nist: ["SC-12"], pciDss: ["3.7.4"], mcsb: ["DP-6"], azurePolicy: ["d8cf8476-a2ec-4916-896e-992351803c44"] },
  problems: {
    "rotation-too-rare": "the rotation policy rotates the key later than the maximum days after creation",
    "no-rotation": "the key has no rotate action",
  },
  options: {
    maximumRotationDays: {
      type: "integer",
      description: "Maximum days between key creation and automatic rotation.",
      default: 90,
      minimum: 1,
    },
  },
  check(key, { config }) {
    const policy = keySettings(key).rotationPolicy;
    const actions = isRecord(policy) ? policy["lifetimeActions"] : undefined;
    let longest: number | undefined;
    for (const entry of Array.isArray(actions) ? actions : []) {
      if (!isRecord(entry)) continue;
      const action = entry["action"];
      if (!isRecord(action) || String(action["type"]).toLowerCase() !== "rotate") continue;
      const trigger = entry["trigger"];
      const after = isRecord(trigger) ? trigger["timeAfterCreate"] : undefined;
      // A trigger before expiry also rotates; its interval follows from the expiry time.
      if (typeof after !== "string") return pass;
      const days = durationDays(after);
      if (days !== undefined && days <= config.maximumRotationDays) return pass;
      longest = days;
    }
    if (longest !== undefined) {
      return fail(
        `The key rotates too rarely: its rotation policy rotates ${quoted(longest)} days after creation, above the allowed ${config.maximumRotationDays}`,
        {
          code: "rotation-too-rare",
          fix: `Set \`trigger.timeAfterCreate\` of the rotate action to at most "P${config.maximumRotationDays}D".`,
        },
      );
    }
    return fail("The key never rotates: `properties.rotationPolicy` has no rotate action", { code: "no-rotation" });
  },
});
