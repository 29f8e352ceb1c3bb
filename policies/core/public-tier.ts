/**
 * The "public tier" tag that marks a deliberately internet-facing resource (a public subnet, a
 * bastion, a public web front end), so exposure rules leave it alone. Cloud-neutral.
 */
import type { ResourceView } from "./resource";
import type { OptionSchema } from "./rule";
import { readTag } from "./tags";

/** The options that let a deliberately public tier keep public addresses. */
export const PUBLIC_TIER_OPTIONS: Record<"publicTierTagKey" | "publicTierTagValue", OptionSchema> = {
  publicTierTagKey: {
    type: "string",
    description: "The tag key that marks a deliberately internet-facing resource (a public subnet, a bastion).",
    default: "tier",
  },
  publicTierTagValue: { type: "string", description: "The value of that tag that marks a public tier.", default: "public" },
};

export interface PublicTierConfig {
  readonly publicTierTagKey: string;
  readonly publicTierTagValue: string;
}

/** True when the resource carries the public-tier tag (values compare case-insensitively). */
export function isPublicTier(resource: ResourceView, config: PublicTierConfig): boolean {
  const value = readTag(resource, config.publicTierTagKey);
  return typeof value === "string" && value.toLowerCase() === config.publicTierTagValue.toLowerCase();
}
