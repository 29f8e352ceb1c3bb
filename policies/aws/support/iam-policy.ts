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
