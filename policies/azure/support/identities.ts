import type { IdentityRef } from "../../core/identities";
import { isRecord } from "../../core/resource";

const OBJECT_ID = ["entraObjectIds"] as const;
const UPN = ["entraUserPrincipalNames"] as const;

/** An Entra object id at `field`, when set; `human` when the resource says it is a user. */
export function objectIdRef(value: unknown, field: string, human: boolean, entry?: string): IdentityRef[] {
  if (typeof value !== "string" || value === "") return [];
  return [{ kinds: OBJECT_ID, value, field, human, ...(entry === undefined ? {} : { entry }) }];
}

/**
 * An Entra administrator named by object id (`sid` / `objectId`) and by login (a UPN for a user):
 * one entry, so a login the map claims makes an unlisted sid claimed too.
 */
export function adminRefs(
  holder: Readonly<Record<string, unknown>> | undefined,
  idKey: string,
  loginKey: string,
  prefix: string,
  human: boolean,
): IdentityRef[] {
  if (!isRecord(holder)) return [];
  const entry = prefix || "administrator";
  const refs = objectIdRef(holder[idKey], `${prefix}${idKey}`, human, entry);
  const login = holder[loginKey];
  if (typeof login === "string" && login.includes("@"))
    refs.push({ kinds: UPN, value: login, field: `${prefix}${loginKey}`, human, entry });
  return refs;
}
