/**
 * IAM policy documents as the IAM rules read them. A document is a JSON string or an object in
 * @pulumi/aws's `iam.PolicyDocument` shape (types/input.d.ts: `Statement[]` of `Effect`, `Action`,
 * `NotAction`, `Resource`, `Principal`, `Condition`); the keys and values are IAM's own
 * (IAM JSON policy element reference), so both forms parse alike (`parsePolicy`).
 */
import { isRecord, type ResourceView } from "../../core/resource";
import { AWS } from "../../core/tokens";

/** One policy document a resource carries, with where it sits for the finding's subject. */
export interface PolicyDocumentAt {
  readonly where: string;
  readonly document: unknown;
}

/** The policy documents of an identity policy resource, or a Role's `inlinePolicies[].policy`. */
export function identityPolicyDocuments(resource: ResourceView): PolicyDocumentAt[] {
  if (resource.type !== AWS.iamRole) return [{ where: "policy", document: resource.props["policy"] }];
  const inline = resource.props["inlinePolicies"];
  if (!Array.isArray(inline)) return [];
  return inline.map((entry, i) => ({ where: `inlinePolicies[${i}].policy`, document: isRecord(entry) ? entry["policy"] : undefined }));
}

/** The statement element (`Action`, `Resource`, ...) as a list of strings; other values dropped. */
export function elementList(statement: Record<string, unknown>, key: string): string[] {
  const value = statement[key];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is string => typeof item === "string");
}

/** An Allow statement ("Effect" is case-sensitive in IAM's grammar: `"Allow"` or `"Deny"`). */
export function allows(statement: Record<string, unknown>): boolean {
  return statement["Effect"] === "Allow";
}

/** Allows every action (`"Action": "*"`) on every resource (`"Resource": "*"`): full administrator. */
export function allowsFullAdmin(statement: Record<string, unknown>): boolean {
  return allows(statement) && elementList(statement, "Action").includes("*") && elementList(statement, "Resource").includes("*");
}

/** Whether the statement has a non-empty `Condition` block. */
export function hasCondition(statement: Record<string, unknown>): boolean {
  const condition = statement["Condition"];
  return isRecord(condition) && Object.keys(condition).length > 0;
}

/**
 * The 12-digit account of an AWS principal as a trust policy names it: a bare account id, or an
 * IAM/STS ARN (`arn:aws:iam::<id>:root`, `:role/...`, `:user/...`, `arn:aws:sts::<id>:assumed-role/...`,
 * any partition). Undefined for `"*"`, unique ids (AROA...) and anything else naming no account.
 * IAM JSON policy element reference, "AWS account principals" and "IAM role principals".
 */
export function accountOfPrincipal(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value;
  return /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(value)?.[1];
}

/** The `Principal.AWS` entries of a statement (a string or a list of strings). */
export function awsPrincipals(statement: Record<string, unknown>): string[] {
  const principal = statement["Principal"];
  return isRecord(principal) ? elementList(principal, "AWS") : [];
}

/** Whether an action pattern (`sts:*`, `sts:Assume*`) covers `action`; IAM action names ignore case. */
function covers(pattern: string, action: string): boolean {
  const source = pattern
    .toLowerCase()
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`).test(action.toLowerCase());
}

/** Whether the statement's `Action` (or, without one, its `NotAction`) lets the principal call `action`. */
export function grantsAction(statement: Record<string, unknown>, action: string): boolean {
  if (statement["Action"] !== undefined) return elementList(statement, "Action").some((pattern) => covers(pattern, action));
  if (statement["NotAction"] !== undefined) return !elementList(statement, "NotAction").some((pattern) => covers(pattern, action));
  return false;
}

/**
 * Whether the statement's `Condition` requires a condition key to equal given values: the key under
 * `StringEquals`, `StringEqualsIgnoreCase` or `StringLike` (operator and key names ignore case, as in
 * IAM) with at least one non-empty value that is not only `*`. An `...IfExists` operator is passed when
 * the key is absent, so it requires nothing (IAM JSON policy element reference, "Condition operators").
 */
export function requiresConditionValue(statement: Record<string, unknown>, key: string): boolean {
  const condition = statement["Condition"];
  if (!isRecord(condition)) return false;
  const operators = new Set(["stringequals", "stringequalsignorecase", "stringlike"]);
  for (const operator of Object.keys(condition)) {
    if (!operators.has(operator.toLowerCase())) continue;
    const block = condition[operator];
    if (!isRecord(block)) continue;
    for (const conditionKey of Object.keys(block)) {
      if (conditionKey.toLowerCase() !== key.toLowerCase()) continue;
      const raw = block[conditionKey];
      const values = Array.isArray(raw) ? raw : [raw];
      if (values.some((v) => typeof v === "string" && v !== "" && !/^\*+$/.test(v))) return true;
    }
  }
  return false;
}
