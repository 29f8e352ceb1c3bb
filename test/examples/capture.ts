/**
 * Runs an example Pulumi program in-process on Pulumi's own Node runtime with its mock monitor
 * (`pulumi.runtime.setMocks`), and records every resource the program registers the way the engine
 * sees it: type, name, URN, inputs, parent, provider (reference and the provider's inputs) and
 * property dependencies, plus outputs (inputs and the fields the cloud computes: `id`, `arn`,
 * `tagsAll` for AWS, an Azure resource id for azure-native).
 *
 * MockMonitor does the work; the subclass only listens to the RegisterResource requests the SDK
 * sends it, and builds URNs as the engine does (a child of the stack has no `pulumi:pulumi:Stack$`
 * prefix; a nested child carries its parent's full qualified type).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { MockMonitor } from "@pulumi/pulumi/runtime/mocks";
import * as runtimeSettings from "@pulumi/pulumi/runtime/settings";
import { runInPulumiStack } from "@pulumi/pulumi/runtime/stack";
import * as runtimeState from "@pulumi/pulumi/runtime/state";
import { TAGGABLE_TYPES } from "../../policies/generated/taggable-types";
import { outputLayout } from "../support/shapes";

export const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";
export const ORGANIZATION = "northwind";
export const ACCOUNT_ID = "123456789012";
export const SUBSCRIPTION_ID = "00000000-0000-4000-8000-000000000001";

const TAGGABLE = new Set(TAGGABLE_TYPES);

export interface CapturedResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly custom: boolean;
  /** Empty for components and the stack. */
  readonly id: string;
  /** The serialized inputs as the SDK sent them (secrets keep their signature wrapper). */
  readonly inputs: Record<string, unknown>;
  /** Inputs plus what the cloud computes; for components and the stack, what they registered as outputs. */
  outputs: Record<string, unknown>;
  readonly parent: string | undefined;
  /** `<providerUrn>::<providerId>`, for custom resources other than providers. */
  readonly provider: string | undefined;
  readonly dependencies: readonly string[];
  readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
}

export interface Capture {
  readonly project: string;
  readonly stack: string;
  /** In registration order. */
  readonly resources: readonly CapturedResource[];
  readonly byUrn: ReadonlyMap<string, CapturedResource>;
}

/** The protobuf messages MockMonitor receives, as far as this file reads them. */
interface StructLike {
  toJavaScript(): unknown;
}
interface RegisterResourceRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getProvider(): string;
  getVersion(): string;
  getObject(): StructLike | undefined;
  getDependenciesList(): string[];
  getPropertydependenciesMap(): { forEach(fn: (value: { getUrnsList(): string[] }, key: string) => void): void };
}
interface RegisterResourceOutputsRequest {
  getUrn(): string;
  getOutputs(): StructLike | undefined;
}
type Callback = (err: unknown, response: unknown) => void;

function digest(text: string, length: number): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

function uuidFrom(text: string): string {
  const hex = digest(text, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const SECRET_SIG = "4dabf18193072939515e22adb298388d";
function plain(value: unknown): unknown {
  return isRecord(value) && SECRET_SIG in value ? value["value"] : value;
}

function stringInput(inputs: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = plain(inputs[key]);
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}

/** `aws:s3/bucket:Bucket` -> { pkg: "aws", module: "s3", kind: "Bucket" } */
function splitType(type: string): { pkg: string; module: string; kind: string } {
  const [pkg = "", middle = "", kind = ""] = type.split(":");
  return { pkg, module: middle.split("/")[0] ?? middle, kind };
}

/** What AWS computes: the physical name (autonamed from the logical name), id and ARN, and `tagsAll`. */
function awsComputed(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  providerInputs: Record<string, unknown>,
): Record<string, unknown> {
  const { module, kind } = splitType(type);
  const physical = stringInput(inputs, "bucket", "name") ?? `${name}-${digest(type + name, 7)}`;
  const computed: Record<string, unknown> = {};
  let id = physical;
  // ARNs name the region of the resource's provider (the sandbox provider is in us-east-1).
  const providerRegion = plain(providerInputs["region"]);
  const region = typeof providerRegion === "string" && providerRegion !== "" ? providerRegion : "eu-west-1";
  let arn = `arn:aws:${module}:${region}:${ACCOUNT_ID}:${kind.charAt(0).toLowerCase()}${kind.slice(1)}/${physical}`;
  if (module === "s3" && (kind === "Bucket" || kind === "BucketV2")) {
    arn = `arn:aws:s3:::${physical}`;
    computed["bucket"] = physical;
    computed["bucketDomainName"] = `${physical}.s3.amazonaws.com`;
  } else if (stringInput(inputs, "bucket") !== undefined) {
    id = stringInput(inputs, "bucket") as string;
  } else if (!("name" in inputs)) {
    id = `${kind.toLowerCase().slice(0, 6)}-${digest(type + name, 17)}`;
  }
  computed["id"] = id;
  computed["arn"] = arn;
  // Autonamed resources get their physical name as `name`, so siblings can refer to it (vault.name).
  if (!("name" in inputs) && !(module === "s3" && (kind === "Bucket" || kind === "BucketV2"))) computed["name"] = physical;
  // Identity Store users have a user id the directory assigns (memberships and assignments name it).
  if (module === "identitystore" && kind === "User") computed["userId"] = uuidFrom(type + name);
  if (module === "sqs" && kind === "Queue") computed["url"] = `https://sqs.${region}.amazonaws.com/${ACCOUNT_ID}/${physical}`;
  if (TAGGABLE.has(type)) {
    let defaults: unknown = plain(providerInputs["defaultTags"]);
    if (typeof defaults === "string") defaults = JSON.parse(defaults);
    const defaultTags = isRecord(defaults) && isRecord(defaults["tags"]) ? defaults["tags"] : {};
    const tags = isRecord(inputs["tags"]) ? inputs["tags"] : {};
    computed["tagsAll"] = { ...defaultTags, ...tags };
  }
  return computed;
}

/** Resource-provider namespaces of the azure-native modules the examples use. */
const AZURE_NAMESPACES: Record<string, string> = {
  resources: "Microsoft.Resources",
  storage: "Microsoft.Storage",
  keyvault: "Microsoft.KeyVault",
  sql: "Microsoft.Sql",
  compute: "Microsoft.Compute",
  network: "Microsoft.Network",
  recoveryservices: "Microsoft.RecoveryServices",
  cosmosdb: "Microsoft.DocumentDB",
  containerservice: "Microsoft.ContainerService",
  web: "Microsoft.Web",
  dbforpostgresql: "Microsoft.DBforPostgreSQL",
  dbformysql: "Microsoft.DBforMySQL",
  redis: "Microsoft.Cache",
  monitor: "Microsoft.Insights",
  operationalinsights: "Microsoft.OperationalInsights",
  managedidentity: "Microsoft.ManagedIdentity",
  dataprotection: "Microsoft.DataProtection",
};

/** The Azure resource id of an azure-native resource, from its resource group and name inputs. */
function azureComputed(type: string, name: string, inputs: Record<string, unknown>): Record<string, unknown> {
  const { module, kind } = splitType(type);
  const group = stringInput(inputs, "resourceGroupName");
  const ownName = stringInput(inputs, `${kind.charAt(0).toLowerCase()}${kind.slice(1)}Name`, "name") ?? `${name}${digest(type + name, 6)}`;
  if (type === "azure-native:resources:ResourceGroup") {
    return { id: `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${ownName}`, name: ownName };
  }
  const namespace = AZURE_NAMESPACES[module] ?? `Microsoft.${module}`;
  const collection = `${kind.charAt(0).toLowerCase()}${kind.slice(1)}s`;
  const scope = group === undefined ? `/subscriptions/${SUBSCRIPTION_ID}` : `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${group}`;
  return { id: `${scope}/providers/${namespace}/${collection}/${ownName}`, name: ownName };
}

function computedFields(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  providerInputs: Record<string, unknown>,
): Record<string, unknown> {
  if (type.startsWith("pulumi:providers:")) return { id: uuidFrom(`provider:${name}`) };
  if (type.startsWith("aws:")) return awsComputed(type, name, inputs, providerInputs);
  if (type.startsWith("azure-native:")) return azureComputed(type, name, inputs);
  return { id: `${name}-${digest(type + name, 8)}` };
}

class RecordingMonitor extends MockMonitor {
  readonly recorded: CapturedResource[] = [];
  readonly byUrn = new Map<string, CapturedResource>();

  constructor(
    readonly project: string,
    readonly stack: string,
  ) {
    super({
      newResource: (args) => {
        const providerInputs = this.providerInputs(args.provider);
        const computed = args.custom ? computedFields(args.type, args.name, args.inputs as Record<string, unknown>, providerInputs) : {};
        const { id, ...rest } = computed;
        const state = args.custom ? outputLayout(args.type, { ...args.inputs }) : args.inputs;
        return { id: typeof id === "string" ? id : undefined, state: { ...state, ...rest, ...(id === undefined ? {} : { id }) } };
      },
      call: (args) => args.inputs,
    });
    // The engine's URN: no `pulumi:pulumi:Stack$` prefix for children of the stack, the parent's whole
    // qualified type otherwise. (MockMonitor keeps only the last segment and prefixes the stack type.)
    Object.assign(this, {
      newUrn: (parent: string, type: string, name: string): string => {
        const parentType = parent ? (parent.split("::")[2] ?? "") : "";
        const qualified = parentType && parentType !== ROOT_STACK_TYPE ? `${parentType}$${type}` : type;
        return `urn:pulumi:${this.stack}::${this.project}::${qualified}::${name}`;
      },
    });
  }

  providerInputs(reference: string | undefined): Record<string, unknown> {
    if (!reference) return {};
    const urn = reference.slice(0, reference.lastIndexOf("::"));
    return this.byUrn.get(urn)?.inputs ?? {};
  }

  /** The default provider the engine would create for a resource registered without one. */
  private defaultProvider(type: string, version: string): string {
    const pkg = splitType(type).pkg;
    const name = `default_${version.replace(/\./g, "_") || "0_0_0"}`;
    const urn = `urn:pulumi:${this.stack}::${this.project}::pulumi:providers:${pkg}::${name}`;
    let provider = this.byUrn.get(urn);
    if (provider === undefined) {
      const inputs = version ? { version } : {};
      provider = {
        urn,
        type: `pulumi:providers:${pkg}`,
        name,
        custom: true,
        id: uuidFrom(`provider:${name}`),
        inputs,
        outputs: { ...inputs },
        parent: undefined,
        provider: undefined,
        dependencies: [],
        propertyDependencies: {},
      };
      this.record(provider);
    }
    return `${urn}::${provider.id}`;
  }

  private record(resource: CapturedResource): void {
    // As the engine refuses a program that registers one URN twice (two resources of a type, one name).
    if (this.byUrn.has(resource.urn)) throw new Error(`Duplicate resource URN '${resource.urn}'; try giving it a unique name`);
    this.recorded.push(resource);
    this.byUrn.set(resource.urn, resource);
  }

  override async registerResource(req: RegisterResourceRequest, callback: Callback): Promise<void> {
    const type = req.getType();
    const name = req.getName();
    const parent = req.getParent() || undefined;
    const custom = req.getCustom();
    const inputs = (req.getObject()?.toJavaScript() ?? {}) as Record<string, unknown>;
    const isProvider = type.startsWith("pulumi:providers:");
    let provider = req.getProvider() || undefined;
    if (custom && !isProvider && provider === undefined) provider = this.defaultProvider(type, req.getVersion());
    const propertyDependencies: Record<string, string[]> = {};
    req.getPropertydependenciesMap().forEach((value, key) => {
      propertyDependencies[key] = value.getUrnsList();
    });
    const computed = custom ? computedFields(type, name, inputs, this.providerInputs(provider)) : {};
    const urn = (this as unknown as { newUrn(parent: string, type: string, name: string): string }).newUrn(parent ?? "", type, name);
    this.record({
      urn,
      type,
      name,
      custom,
      id: typeof computed["id"] === "string" ? computed["id"] : "",
      inputs,
      // azure-native outputs lay some inputs out differently (Key Vault keys: `properties.*` at the top level).
      outputs: custom ? { ...outputLayout(type, { ...inputs }), ...computed } : {},
      parent,
      provider: custom && !isProvider ? provider : undefined,
      dependencies: req.getDependenciesList(),
      propertyDependencies,
    });
    return super.registerResource(req, callback);
  }

  override registerResourceOutputs(req: RegisterResourceOutputsRequest, callback: Callback): void {
    const resource = this.byUrn.get(req.getUrn());
    if (resource) resource.outputs = (req.getOutputs()?.toJavaScript() ?? {}) as Record<string, unknown>;
    super.registerResourceOutputs(req, callback);
  }
}

/** The project name from an example's Pulumi.yaml (`name: ...`). */
export function projectName(exampleDir: string): string {
  const yaml = readFileSync(path.join(exampleDir, "Pulumi.yaml"), "utf8");
  const match = /^name:\s*(\S+)\s*$/m.exec(yaml);
  if (!match?.[1]) throw new Error(`${exampleDir}/Pulumi.yaml has no name`);
  return match[1];
}

/**
 * Runs the program in `exampleDir` (its index.ts) as `pulumi up` would run it, against the mock
 * monitor, and returns every resource it registered. `load` imports the program (the caller's module
 * loader: vitest transforms TypeScript on import).
 */
export async function captureProgram(exampleDir: string, load: (entry: string) => Promise<unknown>, stack = "dev"): Promise<Capture> {
  const project = projectName(exampleDir);
  const monitor = new RecordingMonitor(project, stack);
  await pulumi.runtime.setMocks(monitor.mocks, project, stack, false, ORGANIZATION);
  // setMocks made its own MockMonitor from the same mocks; the runtime talks to the recording one instead.
  (runtimeState as unknown as { getStore(): { settings: { monitor: unknown } } }).getStore().settings.monitor = monitor;
  await runInPulumiStack(async () => {
    const exports = await load(path.join(exampleDir, "index.ts"));
    return isRecord(exports) ? { ...exports } : undefined;
  });
  // Internal to the SDK (not in its declarations): resolves once every registration has been answered.
  await (runtimeSettings as unknown as { waitForRPCs(): Promise<void> }).waitForRPCs();
  return { project, stack, resources: monitor.recorded, byUrn: monitor.byUrn };
}

/** A secret as `pulumi stack export` writes it (without --show-secrets): signature plus opaque ciphertext. */
function exportValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(exportValue);
  if (isRecord(value)) {
    if (value[SECRET_SIG] === "1b47061264138c4ac30d75fd1eb44270") {
      return { [SECRET_SIG]: "1b47061264138c4ac30d75fd1eb44270", ciphertext: `v1:${digest(JSON.stringify(value["value"] ?? null), 24)}` };
    }
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, exportValue(inner)]));
  }
  return value;
}

export const EXPORT_TIME = "2026-11-23T09:00:00.000Z";

/**
 * The capture as `pulumi stack export` would write it after `pulumi up`: the stack resource, the
 * provider resources with their inputs (object-valued ones, such as AWS `defaultTags`, as the JSON
 * strings the engine stores), and every resource with urn, custom, id, type, inputs, outputs,
 * parent, provider reference, dependencies and propertyDependencies.
 */
export function toStackExport(capture: Capture): Record<string, unknown> {
  const resources = capture.resources.map((resource) => {
    const entry: Record<string, unknown> = { urn: resource.urn, custom: resource.custom };
    if (resource.custom) entry["id"] = resource.id;
    entry["type"] = resource.type;
    if (resource.custom) entry["inputs"] = exportValue(resource.inputs);
    entry["outputs"] = exportValue(resource.outputs);
    if (resource.parent !== undefined) entry["parent"] = resource.parent;
    if (resource.provider !== undefined) entry["provider"] = resource.provider;
    if (resource.dependencies.length > 0) entry["dependencies"] = resource.dependencies;
    const propertyDependencies = Object.fromEntries(Object.entries(resource.propertyDependencies).filter(([, urns]) => urns.length > 0));
    if (Object.keys(propertyDependencies).length > 0) entry["propertyDependencies"] = propertyDependencies;
    entry["created"] = EXPORT_TIME;
    entry["modified"] = EXPORT_TIME;
    return entry;
  });
  return {
    version: 3,
    deployment: {
      manifest: { time: EXPORT_TIME, magic: digest(`${capture.project}/${capture.stack}`, 64), version: "v3.207.0" },
      secrets_providers: {
        type: "service",
        state: { url: "https://api.pulumi.com", owner: ORGANIZATION, project: capture.project, stack: capture.stack },
      },
      resources,
    },
  };
}
