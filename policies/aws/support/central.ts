/**
 * Account-level controls the responsibility map says are managed centrally (`settings.centrallyManaged`):
 * a landing-zone stack's organisation trail, EBS encryption by default, IMDS defaults. Rules that ask
 * each stack to declare such a control do not apply to those accounts, and rules that rely on the
 * control (a volume left to the account default) treat it as on.
 */
import type { AzureCentralControlId, CentralControlId, CentrallyManaged, ResponsibilityMap } from "../../../responsibility-map/model";
import type { ResourceView } from "../../core/resource";
import { awsAccountIdOf } from "./placement";

/** The AWS account-level controls (the Azure ones are kept per subscription: policies/azure/support/central.ts). */
export type AwsCentralControlId = Exclude<CentralControlId, AzureCentralControlId>;

/** The control names as messages say them. */
const TITLES: Record<AwsCentralControlId, string> = {
  cloudtrail: "the account's CloudTrail trail",
  "ebs-encryption-by-default": "EBS encryption by default",
  "imds-defaults": "the account's instance metadata defaults",
  "iam-password-policy": "the account password policy",
  guardduty: "GuardDuty",
  "security-hub": "Security Hub",
  config: "AWS Config",
  "access-analyzer": "IAM Access Analyzer",
  "security-contact": "the account's security contact",
  "root-usage-alarm": "the alarm on root user activity",
  "s3-account-public-access-block": "the S3 account public access block",
  "ssm-patching": "SSM patching of the account's instances",
};

/**
 * The map entry that manages `control` for the account `resource` lands in, or undefined. An entry
 * for listed accounts covers a resource only when its provider names one of them (see
 * `awsAccountIdOf`); with default credentials only an `accounts: all` entry does.
 */
export function centralEntry(map: ResponsibilityMap, control: AwsCentralControlId, resource: ResourceView): CentrallyManaged | undefined {
  const entries = map.settings.centrallyManaged;
  if (entries.length === 0) return undefined;
  let account: string | undefined | null = null;
  for (const entry of entries) {
    if (entry.controls !== "all" && !entry.controls.includes(control)) continue;
    // An entry naming only Azure subscriptions covers no AWS account.
    if (entry.accounts === undefined) continue;
    if (entry.accounts === "all") return entry;
    // Read the provider only when an entry needs it: its role may be unknown during preview.
    if (account === null) account = awsAccountIdOf(resource);
    if (account !== undefined && entry.accounts.includes(account)) return entry;
  }
  return undefined;
}

/** Why a rule does not apply, or a control counts as on: names where it is managed and who answers for it. */
export function centralReason(map: ResponsibilityMap, control: AwsCentralControlId, entry: CentrallyManaged): string {
  const manager = map.personById.get(entry.managedBy);
  const where = entry.stack === undefined ? "centrally" : `centrally in ${entry.stack}`;
  const who = manager === undefined ? "" : ` by ${manager.name}`;
  const accounts = entry.accounts === "all" ? "every account" : "this account";
  return `The responsibility map says ${TITLES[control]} is managed ${where}${who} for ${accounts}: ${entry.note}`;
}
