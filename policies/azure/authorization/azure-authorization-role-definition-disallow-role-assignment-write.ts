import type { RoleDefinitionArgs } from "@pulumi/azure-native/authorization";
import { globToRegExp } from "../../core/glob";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type RoleDefinition = Pick<RoleDefinitionArgs, "permissions">;

// The action that makes a role an administrator: whoever may write role assignments may grant any
// role, themselves included (built-in Owner and User Access Administrator hold it).
const ASSIGN_ROLES = "microsoft.authorization/roleassignments/write";

/** Whether one of the action patterns covers `action`; Azure RBAC matches `*` wildcards case-insensitively. */
function covers(patterns: unknown, action: string): boolean {
  if (!Array.isArray(patterns)) return false;
  return patterns.some((pattern) => typeof pattern === "string" && globToRegExp(pattern.toLowerCase()).test(action));
}

export default defineRule({
  name: "azure-authorization-role-definition-disallow-role-assignment-write",
  displayName: "Custom Azure roles cannot assign roles",
  description:
    'No custom role definition grants `Microsoft.Authorization/roleAssignments/write` through its `actions` (`"*"`, `"Microsoft.Authorization/*"` or the action itself) without excluding it in `notActions`: such a role is a custom Owner.',
  duty: "least-privilege",
  severity: "high",
  resourceTypes: [AZURE.roleDefinition],
  remediation:
    "List the actions the role needs instead of `*`, or add `Microsoft.Authorization/*/Write` to its `notActions`; grant administration through the built-in Owner role under Privileged Identity Management.",
  why: "anyone holding the role can grant any role at its scopes, themselves included, so it is an administrator nobody reviews as one",
  controls: { nist: ["AC-6", "AC-6(5)"], cis: ["Azure 2.0 1.23"], mcsb: ["PA-7"], iso27001: ["A.5.15", "A.8.2"] },
  problems: {
    "assigns-roles": "a permission block grants Microsoft.Authorization/roleAssignments/write and does not exclude it",
  },
  check(definition) {
    const { permissions } = definition.props as RoleDefinition;
    const violations: Violation[] = [];
    if (!Array.isArray(permissions)) return violations;
    permissions.forEach((permission, i) => {
      // authorization PermissionArgs: `actions` allowed, `notActions` denied (types/input.d.ts);
      // Azure RBAC subtracts notActions from actions (role-definitions#notactions).
      if (!isRecord(permission)) return;
      if (!covers(permission["actions"], ASSIGN_ROLES) || covers(permission["notActions"], ASSIGN_ROLES)) return;
      violations.push({
        code: "assigns-roles",
        subject: `permissions[${i}]`,
        actual: `\`permissions[${i}].actions\` lets the role write role assignments (\`Microsoft.Authorization/roleAssignments/write\`), and \`notActions\` does not exclude it`,
      });
    });
    return violations;
  },
});
