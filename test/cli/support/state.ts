/** Builders for deployed-state files, in the shapes `pulumi stack export` and the local backend write. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { RULE_DUTIES } from "../../../policies/registry";
import { loadMap } from "../../../responsibility-map/loader";
import type { ResponsibilityMap } from "../../../responsibility-map/model";

export const PACK_DIR = path.resolve(__dirname, "..", "..", "..");
export const MAP_PATH = path.join(PACK_DIR, "responsibility-map", "map.yaml");
export const MAP: ResponsibilityMap = loadMap(MAP_PATH, { knownRules: RULE_DUTIES });
export const NOW = new Date("2026-11-23T12:00:00Z");

export const SIG = "4dabf18193072939515e22adb298388d";
export const STACK = "dev";
export const PROJECT = "shop";

export function urn(type: string, name: string, stack = STACK, project = PROJECT): string {
  return `urn:pulumi:${stack}::${project}::${type}::${name}`;
}

export function ciphertext(text = "v1:c2VjcmV0:AAAA"): Record<string, unknown> {
  return { [SIG]: "1b47061264138c4ac30d75fd1eb44270", ciphertext: text };
}

export function plaintext(value: unknown): Record<string, unknown> {
  return { [SIG]: "1b47061264138c4ac30d75fd1eb44270", plaintext: JSON.stringify(value) };
}

export interface Entry {
  urn: string;
  type: string;
  custom?: boolean;
  id?: string;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  provider?: string;
  parent?: string;
  propertyDependencies?: Record<string, string[]>;
  dependencies?: string[];
  delete?: boolean;
  external?: boolean;
  pendingReplacement?: boolean;
  [key: string]: unknown;
}

export const STACK_URN = urn("pulumi:pulumi:Stack", `${PROJECT}-${STACK}`);

export function stackEntry(): Entry {
  return { urn: STACK_URN, custom: false, type: "pulumi:pulumi:Stack" };
}

export function awsProvider(
  name = "default_7_48_0",
  defaultTags?: Record<string, string>,
  id = "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
): Entry {
  const inputs: Record<string, unknown> = { region: "eu-west-1", version: "7.48.0", __internal: { x: 1 } };
  if (defaultTags) inputs["defaultTags"] = JSON.stringify({ tags: defaultTags });
  return { urn: urn("pulumi:providers:aws", name), custom: true, id, type: "pulumi:providers:aws", inputs, outputs: inputs };
}

export function providerRef(provider: Entry): string {
  return `${provider.urn}::${provider.id ?? ""}`;
}

/** An EBS volume as the AWS provider stores it (outputs with `tagsAll`). */
export function volume(name: string, outputs: Record<string, unknown> = {}, extra: Partial<Entry> = {}): Entry {
  const out = { availabilityZone: "eu-west-1a", size: 10, encrypted: true, tags: { owner: "diego.alvarez" }, ...outputs };
  return {
    urn: urn("aws:ebs/volume:Volume", name),
    custom: true,
    id: `vol-${name}`,
    type: "aws:ebs/volume:Volume",
    inputs: { __defaults: [], availabilityZone: "eu-west-1a", size: 10 },
    outputs: { __meta: '{"e2bfb730-ecaa-11e6-8f88-34363bc7c4c0":{"create":300000000000}}', ...out },
    parent: STACK_URN,
    ...extra,
  };
}

export function deployment(resources: Entry[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    manifest: { time: "2026-11-01T10:00:00Z", magic: "abc", version: "v3.200.0" },
    secrets_providers: { type: "service", state: { url: "https://api.pulumi.com", owner: "acme", project: PROJECT, stack: STACK } },
    resources,
    ...extra,
  };
}

export function stackExport(resources: Entry[], extra: Record<string, unknown> = {}, version = 3): Record<string, unknown> {
  return { version, deployment: deployment(resources, extra) };
}

export function checkpoint(
  resources: Entry[] | undefined,
  version: number | undefined = 3,
  stack = `acme/${PROJECT}/${STACK}`,
): Record<string, unknown> {
  const inner: Record<string, unknown> = { stack, config: {} };
  if (resources !== undefined) inner["latest"] = deployment(resources);
  return version === undefined ? inner : { version, checkpoint: inner };
}

export function tempDir(prefix = "sr-audit-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return file;
}
