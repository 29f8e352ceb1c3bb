/** Trust policies that let accounts outside the organisation in, and whom those accounts belong to. */
import { isOwnAccount, type ResponsibilityMap, thirdPartyOf } from "../../../responsibility-map/model";
import { marked } from "../../core/shown-values";
import { accountOfPrincipal, allows, awsPrincipals, grantsAction } from "./iam-policy";

export const NO_OWN_ACCOUNTS =
  "The responsibility map lists none of the organisation's own AWS accounts (`settings.ownAccounts.awsAccountIds`), so the rule cannot tell which trusted accounts are outside the organisation";

/** Who an account outside the organisation belongs to, as a finding names it. */
export function accountHolder(map: ResponsibilityMap, account: string): string {
  const party = thirdPartyOf(map, "awsAccountIds", account);
  return party === undefined
    ? `account ${marked(account)} (no third party of the responsibility map declares it)`
    : `account ${marked(account)} of third party ${party.name} (${party.id})`;
}

/**
 * The accounts a trust statement lets assume the role, each once, in order. IAM JSON policy element
 * reference: only an Allow statement granting sts:AssumeRole lets the principal assume the role
 * (sts:TagSession and the like do not on their own).
 */
export function assumingAccounts(statement: Record<string, unknown>): string[] {
  if (!allows(statement) || !grantsAction(statement, "sts:AssumeRole")) return [];
  const accounts = new Set<string>();
  for (const value of awsPrincipals(statement)) {
    const account = accountOfPrincipal(value);
    if (account !== undefined) accounts.add(account);
  }
  return [...accounts];
}

/** The accounts outside the organisation a trust statement lets assume the role, each once, in order. */
export function foreignAccounts(map: ResponsibilityMap, statement: Record<string, unknown>): string[] {
  return assumingAccounts(statement).filter((account) => !isOwnAccount(map, "awsAccountIds", account));
}
