import type { Requirement } from "../../core/classification";
import type { OptionSchema } from "../../core/rule";

/** Options of rules that check which KMS key protects a resource. */
export interface KmsKeyConfig {
  readonly requireCustomerManagedKey: boolean;
  readonly allowedKeys: readonly string[];
}

export function kmsKeyOptions(requireCustomerManagedKey: boolean): { readonly [K in keyof KmsKeyConfig]: OptionSchema } {
  return {
    requireCustomerManagedKey: {
      type: "boolean",
      description: "Require a customer-managed KMS key; AWS-managed keys (`alias/aws/...`) do not count.",
      default: requireCustomerManagedKey,
    },
    allowedKeys: {
      type: "array",
      description: "When not empty, the only KMS key ids, ARNs or aliases the resource may use.",
      items: { type: "string" },
      default: [],
    },
  };
}

export { cmkReason, customerManagedKeyRequired } from "../../core/classification";

/** True for aliases of AWS-managed keys: `alias/aws/sns` or its ARN form. */
export function isAwsManagedKey(key: string): boolean {
  return /(^|:)alias\/aws\//.test(key);
}

/**
 * What is wrong with a configured key, as a clause about `property`, or undefined when the key is
 * acceptable. Never echoes the key itself.
 */
export function keyProblem(
  key: unknown,
  property: string,
  config: KmsKeyConfig,
  subject: string,
  required: Requirement<boolean> = { value: config.requireCustomerManagedKey, source: "config" },
): string | undefined {
  if (typeof key !== "string" || key === "") return undefined;
  if (required.value && isAwsManagedKey(key)) {
    return `${subject} uses an AWS-managed key: \`${property}\` names an \`alias/aws/...\` key, not a customer-managed key${required.source === "level" ? `, which ${required.level} data requires` : ""}`;
  }
  if (config.allowedKeys.length > 0 && !config.allowedKeys.includes(key)) {
    return `${subject} uses a key outside the allowed list: \`${property}\` is not one of the configured \`allowedKeys\``;
  }
  return undefined;
}
