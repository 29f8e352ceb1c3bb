/**
 * Where an AWS resource lands, as far as a stack can tell: account and region. Account-wide and
 * region-wide settings (a CloudTrail trail, EBS encryption by default) cover only the resources
 * deployed to the same place.
 */
import type { ResourceView } from "../../core/resource";

/** An AWS region name; a message names a region only when it reads as one (it may be a secret). */
export const AWS_REGION =
  /^(us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|us-iso|us-isob|us-isof|eu-isoe|eusc)-(north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}$/;

/**
 * Which AWS account a resource lands in: its provider's role, profile and allowed accounts (never
 * its keys). Used only to group resources, never printed.
 */
export function awsAccountOf(resource: ResourceView): string {
  const props = resource.provider?.props;
  if (props === undefined) return "";
  return JSON.stringify(["assumeRoles", "assumeRole", "profile", "allowedAccountIds"].map((key) => props[key] ?? null));
}

/** The resource's region: its own `region` (AWS provider v7), else its provider's; undefined when neither is literal. */
export function awsRegionOf(resource: ResourceView): string | undefined {
  const own = resource.props["region"];
  if (typeof own === "string" && own !== "") return own;
  const providerRegion = resource.provider?.props["region"];
  return typeof providerRegion === "string" && providerRegion !== "" ? providerRegion : undefined;
}

/** The account-and-region key that groups a resource with the regional settings covering it. */
export function awsPlaceOf(resource: ResourceView): string {
  return JSON.stringify([awsAccountOf(resource), awsRegionOf(resource) ?? ""]);
}

const ACCOUNT_ID = /^\d{12}$/;
const ROLE_ARN_ACCOUNT = /^arn:aws[a-z-]*:iam::(\d{12}):/;

/** Provider inputs arrive as JSON strings when they are objects or lists (see DESIGN). */
function parsed(value: unknown): unknown {
  if (typeof value !== "string" || !(value.startsWith("[") || value.startsWith("{"))) return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/**
 * The 12-digit account id a resource lands in, where its provider says so: the account of the role
 * it assumes (`assumeRoles[].roleArn`, `assumeRole.roleArn`, the last role wins as in a chain), else a
 * single `allowedAccountIds` entry. Undefined when the provider does not name one (default
 * credentials): the account is then decided outside the program.
 */
export function awsAccountIdOf(resource: ResourceView): string | undefined {
  const props = resource.provider?.props;
  if (props === undefined) return undefined;
  const roles = parsed(props["assumeRoles"]);
  const single = parsed(props["assumeRole"]);
  const chain = [...(Array.isArray(roles) ? roles : []), ...(single !== undefined && single !== null ? [single] : [])];
  for (let i = chain.length - 1; i >= 0; i--) {
    const role = chain[i];
    const arn = typeof role === "object" && role !== null ? (role as Record<string, unknown>)["roleArn"] : undefined;
    const match = typeof arn === "string" ? ROLE_ARN_ACCOUNT.exec(arn) : null;
    if (match?.[1] !== undefined) return match[1];
  }
  const allowed = parsed(props["allowedAccountIds"]);
  if (Array.isArray(allowed) && allowed.length === 1 && typeof allowed[0] === "string" && ACCOUNT_ID.test(allowed[0])) return allowed[0];
  return undefined;
}
