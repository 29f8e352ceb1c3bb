/**
 * Azure built-in roles the rules name, by their role definition GUID, the same in every tenant
 * (Microsoft Learn, "Azure built-in roles"). Owner and User Access Administrator can assign any role.
 */
export const PRIVILEGED_ROLES: Readonly<Record<string, string>> = {
  "8e3af657-a8ff-443c-a75c-2fe8c4bcb635": "Owner",
  "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9": "User Access Administrator",
};

/** Built-in roles a report may name (the privileged ones, Contributor, Reader). */
export const BUILT_IN_ROLES: Readonly<Record<string, string>> = {
  ...PRIVILEGED_ROLES,
  "b24988ac-6180-42a0-ab88-20f7382dd24c": "Contributor",
  "acdd72a7-3385-48ef-bd42-f606fba81ae7": "Reader",
};

/** The GUID of a role definition id, given as a full resource id or a bare GUID, lower-cased. */
export function roleGuid(roleDefinitionId: string): string {
  return roleDefinitionId.split("/").pop()?.toLowerCase() ?? "";
}

/** The built-in privileged role a `roleDefinitionId` names (full resource id or bare GUID), if any. */
export function privilegedRole(roleDefinitionId: unknown): string | undefined {
  return typeof roleDefinitionId === "string" ? PRIVILEGED_ROLES[roleGuid(roleDefinitionId)] : undefined;
}
