import { isRecord } from "./resource";

/**
 * IAM-style policy documents (IAM, SNS, SQS, S3) arrive as JSON strings or as objects; `Statement`
 * may be one object or an array, and condition values strings, booleans or arrays.
 */
export interface ParsedPolicy {
  readonly statements: readonly Record<string, unknown>[];
  /** True when the document was a string that is not valid JSON. */
  readonly invalid: boolean;
}

export function parsePolicy(document: unknown): ParsedPolicy {
  let value = document;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return { statements: [], invalid: true };
    }
  }
  if (!isRecord(value)) return { statements: [], invalid: false };
  const statement = value["Statement"];
  const list = Array.isArray(statement) ? statement : [statement];
  return { statements: list.filter(isRecord), invalid: false };
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/**
 * True when the statement denies and carries one of `operators` (e.g. Bool, BoolIfExists) on
 * `key` with `expected` among its values. Operator and key names compare case-insensitively, as IAM does.
 */
export function deniesWhen(statement: Record<string, unknown>, operators: readonly string[], key: string, expected: string): boolean {
  if (statement["Effect"] !== "Deny") return false;
  const condition = statement["Condition"];
  if (!isRecord(condition)) return false;
  const wantedOperators = new Set(operators.map((op) => op.toLowerCase()));
  for (const operator of Object.keys(condition)) {
    if (!wantedOperators.has(operator.toLowerCase())) continue;
    const block = condition[operator];
    if (!isRecord(block)) continue;
    for (const conditionKey of Object.keys(block)) {
      if (conditionKey.toLowerCase() !== key.toLowerCase()) continue;
      if (asList(block[conditionKey]).some((v) => String(v).toLowerCase() === expected)) return true;
    }
  }
  return false;
}

/** A Deny statement conditioned on `aws:SecureTransport` being false (TLS-only policy). */
export function deniesInsecureTransport(statement: Record<string, unknown>): boolean {
  return deniesWhen(statement, ["Bool", "BoolIfExists"], "aws:SecureTransport", "false");
}

/** A Deny statement conditioned on `aws:MultiFactorAuthPresent` being false. */
export function deniesWithoutMfa(statement: Record<string, unknown>): boolean {
  return deniesWhen(statement, ["Bool", "BoolIfExists"], "aws:MultiFactorAuthPresent", "false");
}
