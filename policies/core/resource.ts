/**
 * The neutral view of a resource that every rule reads. Both hosts build it: the CrossGuard adapter
 * from Analyzer requests (props wrapped in the SDK's unknown-checking proxy) and the audit from
 * deployed state (outputs, provider resolved through the `provider` reference).
 */
export interface ProviderView {
  readonly type: string;
  readonly props: Readonly<Record<string, unknown>>;
}

export interface ResourceView {
  /** Canonical type token (see `canonicalType`). */
  readonly type: string;
  readonly name: string;
  readonly urn: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly provider?: ProviderView | undefined;
  /** Property name -> URNs of the resources that property's value came from. Stack rules only. */
  readonly propertyDependencies?: Readonly<Record<string, readonly string[]>> | undefined;
  /** Deployed-state id, where known (audit). */
  readonly id?: string | undefined;
  /**
   * How the values that were secrets (the resource's and its provider's) would read in a message
   * (shown-values.ts), so copies of them are hidden; undefined when it holds none.
   */
  readonly secrets?: ReadonlySet<string> | undefined;
}

const AZURE_VERSIONED = /^azure-native:([A-Za-z0-9]+)\/v\d{8}(?:preview|privatepreview)?:/;

/**
 * Maps a type token onto the one the rules match on. azure-native v3 dropped the explicit API
 * version modules, but state written by v1/v2 still carries tokens such as
 * `azure-native:storage/v20230101:StorageAccount`.
 */
export function canonicalType(type: string): string {
  return type.startsWith("azure-native:") ? type.replace(AZURE_VERSIONED, "azure-native:$1:") : type;
}

export type Cloud = "aws" | "azure" | "other";

export function cloudOf(type: string): Cloud {
  if (type.startsWith("aws:")) return "aws";
  if (type.startsWith("azure-native:")) return "azure";
  return "other";
}

/** True for values that are plain objects (not arrays, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
