import type { Requirement } from "../../core/classification";
import type { OptionSchema, Violation } from "../../core/rule";

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

/** What a key reference names: a key (by id or key ARN) or an alias (by name or alias ARN). */
function keyRef(key: string): { readonly kind: "key" | "alias"; readonly name: string } {
  const arn = /^arn:aws[\w-]*:kms:[^:]*:[^:]*:(key|alias)\/(.+)$/.exec(key);
  if (arn) return arn[1] === "key" ? { kind: "key", name: (arn[2] ?? "").toLowerCase() } : { kind: "alias", name: `alias/${arn[2]}` };
  return key.startsWith("alias/") ? { kind: "alias", name: key } : { kind: "key", name: key.toLowerCase() };
}

/**
 * Whether a key is on the allowed list: "yes", "no", or "undecided" when the key and the list name
 * keys in different ways (a key id or ARN against an alias, or the reverse) and the rule cannot see
 * which key an alias targets. The provider stores some key properties as the key ARN even when the
 * program gave an alias (ebs/volume.d.ts, efs/fileSystem.d.ts, rds/instance.d.ts,
 * redshift/cluster.d.ts, backup/vault.d.ts: `kmsKeyId`/`kmsKeyArn` is a computed output, "ARN for
 * the KMS encryption key"), so deployed state can show an ARN where preview showed an alias; an
 * undecided key passes rather than fail on deployed state what passed in preview. An AWS-managed
 * alias is decided: it is allowed only when listed by name.
 */
function allowedKey(key: string, allowed: readonly string[]): "yes" | "no" | "undecided" {
  const used = keyRef(key);
  const listed = allowed.map(keyRef);
  if (listed.some((entry) => entry.kind === used.kind && entry.name === used.name)) return "yes";
  if (used.kind === "alias" && isAwsManagedKey(used.name)) return "no";
  return listed.some((entry) => entry.kind !== used.kind) ? "undecided" : "no";
}

/**
 * What is wrong with a configured key, as a clause about `property`, or undefined when the key is
 * acceptable. Never echoes the key itself. A key id or key ARN is never judged AWS-managed: it may
 * be a customer key of this stack or of another (the AWS-managed keys' ARNs are only known to the
 * account, and an `aws.kms.Alias` cannot be named `alias/aws/...`: the KMS CreateAlias API
 * reference reserves that prefix for AWS managed keys, so no alias of the stack resolves to one), so only an `alias/aws/...` name is.
 */
export function keyProblem(
  key: unknown,
  property: string,
  config: KmsKeyConfig,
  subject: string,
  required: Requirement<boolean> = { value: config.requireCustomerManagedKey, source: "config" },
): string | undefined {
  return keyViolation(key, property, config, subject, required)?.actual;
}

/**
 * As keyProblem, with its stable code: "key-aws-managed" (an `alias/aws/...` key where a
 * customer-managed key is required) or "key-not-allowed" (outside `allowedKeys`).
 */
export function keyViolation(
  key: unknown,
  property: string,
  config: KmsKeyConfig,
  subject: string,
  required: Requirement<boolean> = { value: config.requireCustomerManagedKey, source: "config" },
): (Violation & { readonly code: "key-aws-managed" | "key-not-allowed" }) | undefined {
  if (typeof key !== "string" || key === "") return undefined;
  if (required.value && isAwsManagedKey(key)) {
    return {
      code: "key-aws-managed",
      actual: `${subject} uses an AWS-managed key: \`${property}\` names an \`alias/aws/...\` key, not a customer-managed key${required.source === "level" ? `, which ${required.level} data requires` : ""}`,
    };
  }
  if (config.allowedKeys.length > 0 && allowedKey(key, config.allowedKeys) === "no") {
    return {
      code: "key-not-allowed",
      actual: `${subject} uses a key outside the allowed list: \`${property}\` is not one of the configured \`allowedKeys\``,
    };
  }
  return undefined;
}

/** The one-line summaries of keyViolation's codes, for a rule's `problems`. */
export const KEY_PROBLEMS = {
  "key-aws-managed": "the key named is an AWS-managed `alias/aws/...` key, not a customer-managed key",
  "key-not-allowed": "the key named is not on the configured `allowedKeys` list",
} as const;

/**
 * What is wrong, under `allowedKeys` alone, with a key property left unset where the service then
 * uses its AWS-managed key (`alias/aws/<service>`), or undefined. For properties the provider fills
 * on deployed state with that key's ARN, so that preview gives the verdict deployed state gives
 * against a list of key ids or ARNs.
 */
export function unsetKeyProblem(awsManagedAlias: string, property: string, config: KmsKeyConfig, subject: string): string | undefined {
  if (config.allowedKeys.length === 0 || allowedKey(awsManagedAlias, config.allowedKeys) === "yes") return undefined;
  return `${subject} uses the AWS-managed key ${awsManagedAlias}, which is not on the allowed list: \`${property}\` is not set`;
}
