/**
 * Where an AWS resource lands, as far as a stack can tell: account and region. Account-wide and
 * region-wide settings (a CloudTrail trail, EBS encryption by default) cover only the resources
 * deployed to the same place.
 */
import type { ResourceView } from "./resource";

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
