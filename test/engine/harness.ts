/**
 * The engine side of the Analyzer protocol, for tests. The Pulumi CLI cannot be installed here, so this
 * reproduces what it does with a policy pack: spawn the compiled pack through @pulumi/pulumi's
 * run-policy-pack launcher as the Node language host does (cwd = pack dir, PULUMI_NODEJS_* env),
 * read the port from the first stdout line, then speak gRPC with the stubs in @pulumi/pulumi/proto:
 * GetAnalyzerInfo, Configure (with the engine's config reconciliation), Analyze, AnalyzeStack.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as analyzerGrpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import Ajv from "ajv";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";

/** The project root: the nearest folder above this file that holds PulumiPolicy.yaml. */
function findPackDir(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, "PulumiPolicy.yaml"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no PulumiPolicy.yaml above ${from}`);
    dir = parent;
  }
  return dir;
}
export const PACK_DIR = findPackDir(__dirname);

/** The launcher the language host runs: the pack's own @pulumi/pulumi's run-policy-pack. */
export function launcherOf(packDir: string): string {
  return require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [packDir] });
}

/** The sentinels the engine sends for values unknown during preview. */
export const UNKNOWN = {
  string: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
  boolean: "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
  number: "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
  array: "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
  object: "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
} as const;

const SIG = "4dabf18193072939515e22adb298388d";
/** A secret as the engine marshals it. */
export function secret(value: unknown): Record<string, unknown> {
  return { [SIG]: "1b47061264138c4ac30d75fd1eb44270", value };
}

export type Level = "advisory" | "mandatory" | "remediate" | "disabled";
const LEVELS: Record<number, Level> = { 0: "advisory", 1: "mandatory", 2: "disabled", 3: "remediate" };
const LEVEL_CODES: Record<Level, number> = { advisory: 0, mandatory: 1, disabled: 2, remediate: 3 };
const SEVERITIES: Record<number, string> = { 0: "unspecified", 1: "low", 2: "medium", 3: "high", 4: "critical" };

export interface PolicyInfo {
  name: string;
  displayName: string;
  description: string;
  enforcementLevel: Level;
  severity: string;
  tags: string[];
  remediationSteps: string;
  url: string;
  framework: { name: string; version: string; reference: string; specification: string } | undefined;
  configSchema: { properties: Record<string, Record<string, unknown>>; required: string[] } | undefined;
  type: "resource" | "stack" | "unknown";
}

export interface Diagnostic {
  policyName: string;
  message: string;
  enforcementLevel: Level;
  urn: string;
  severity: string;
}

export interface AnalyzeResult {
  diagnostics: Diagnostic[];
  notApplicable: { policyName: string; reason: string }[];
}

export interface ProviderInput {
  type: string;
  name?: string;
  urn?: string;
  props: Record<string, unknown>;
}

export interface ResourceInput {
  type: string;
  name: string;
  urn?: string;
  props: Record<string, unknown>;
  provider?: ProviderInput;
  parent?: string;
  propertyDependencies?: Record<string, string[]>;
}

export function urnOf(type: string, name: string, stack = "dev", project = "shop"): string {
  return `urn:pulumi:${stack}::${project}::${type}::${name}`;
}

export interface StartOptions {
  env?: Record<string, string>;
  packDir?: string;
}

const POLICY_TYPES: Record<number, PolicyInfo["type"]> = {
  [analyzerPb.PolicyType.POLICY_TYPE_RESOURCE]: "resource",
  [analyzerPb.PolicyType.POLICY_TYPE_STACK]: "stack",
};

function call<Req, Res>(fn: (req: Req, cb: (err: grpc.ServiceError | null, res: Res) => void) => unknown, req: Req): Promise<Res> {
  return new Promise((resolve, reject) => fn(req, (err, res) => (err ? reject(err) : resolve(res))));
}

function providerMessage(provider: ProviderInput): analyzerPb.AnalyzerProviderResource {
  const message = new analyzerPb.AnalyzerProviderResource();
  const name = provider.name ?? "default";
  message.setType(provider.type);
  message.setName(name);
  message.setUrn(provider.urn ?? urnOf(provider.type, name));
  message.setProperties(Struct.fromJavaScript(provider.props as never));
  return message;
}

function optionsMessage(parent: string | undefined): analyzerPb.AnalyzerResourceOptions {
  const options = new analyzerPb.AnalyzerResourceOptions();
  if (parent) options.setParent(parent);
  return options;
}

function readResponse(response: analyzerPb.AnalyzeResponse): AnalyzeResult {
  return {
    diagnostics: response.getDiagnosticsList().map((d) => ({
      policyName: d.getPolicyname(),
      message: d.getMessage(),
      enforcementLevel: LEVELS[d.getEnforcementlevel()] ?? "advisory",
      urn: d.getUrn(),
      severity: SEVERITIES[d.getSeverity()] ?? "unspecified",
    })),
    notApplicable: response.getNotApplicableList().map((n) => ({ policyName: n.getPolicyName(), reason: n.getReason() })),
  };
}

export class PackProcessError extends Error {
  constructor(
    message: string,
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(message);
  }
}

export class EngineHarness {
  private constructor(
    private readonly child: ChildProcess,
    private readonly client: analyzerGrpc.AnalyzerClient,
    readonly stderr: () => string,
  ) {}

  /** Starts the pack the way the Node language host does and waits for its port. */
  static async start(options: StartOptions = {}): Promise<EngineHarness> {
    const packDir = options.packDir ?? PACK_DIR;
    const child = spawn(process.execPath, [launcherOf(packDir), "127.0.0.1:0", packDir], {
      cwd: packDir,
      env: {
        PATH: process.env["PATH"] ?? "",
        HOME: process.env["HOME"] ?? "",
        PULUMI_NODEJS_ORGANIZATION: "northwind",
        PULUMI_NODEJS_PROJECT: "shop",
        PULUMI_NODEJS_STACK: "dev",
        PULUMI_NODEJS_DRY_RUN: "true",
        PULUMI_CONFIG: "{}",
        SHARED_RESPONSIBILITY_NOW: "2026-11-23",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const port = await new Promise<string>((resolve, reject) => {
      let stdout = "";
      const onData = (chunk: Buffer) => {
        stdout += chunk.toString();
        const newline = stdout.indexOf("\n");
        if (newline >= 0) {
          child.stdout?.off("data", onData);
          resolve(stdout.slice(0, newline).trim());
        }
      };
      child.stdout?.on("data", onData);
      child.once("exit", (code) =>
        reject(new PackProcessError(`the pack exited with code ${code} before printing its port`, code, stderr)),
      );
      child.once("error", reject);
    });
    // The engine lifts gRPC's 4 MB default: AnalyzeStack carries every resource of the stack.
    const client = new analyzerGrpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": 1024 * 1024 * 400,
      "grpc.max_send_message_length": 1024 * 1024 * 400,
    });
    return new EngineHarness(child, client, () => stderr);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  async info(): Promise<{
    name: string;
    version: string;
    policies: PolicyInfo[];
    initialConfig: Record<string, { enforcementLevel?: Level; properties?: Record<string, unknown> }>;
  }> {
    const info = await call<unknown, analyzerPb.AnalyzerInfo>(
      (req, cb) => this.client.getAnalyzerInfo(req as never, cb),
      new (require("google-protobuf/google/protobuf/empty_pb").Empty)(),
    );
    const initialConfig: Record<string, { enforcementLevel?: Level; properties?: Record<string, unknown> }> = {};
    info.getInitialconfigMap().forEach((config: analyzerPb.PolicyConfig, key: string) => {
      initialConfig[key] = {
        enforcementLevel: LEVELS[config.getEnforcementlevel()] ?? "advisory",
        properties: config.getProperties()?.toJavaScript() as Record<string, unknown>,
      };
    });
    return {
      name: info.getName(),
      version: info.getVersion(),
      initialConfig,
      policies: info.getPoliciesList().map((p) => {
        const framework = p.getFramework();
        const schema = p.getConfigschema();
        return {
          name: p.getName(),
          displayName: p.getDisplayname(),
          description: p.getDescription(),
          enforcementLevel: LEVELS[p.getEnforcementlevel()] ?? "advisory",
          severity: SEVERITIES[p.getSeverity()] ?? "unspecified",
          tags: p.getTagsList(),
          remediationSteps: p.getRemediationSteps(),
          url: p.getUrl(),
          framework: framework
            ? {
                name: framework.getName(),
                version: framework.getVersion(),
                reference: framework.getReference(),
                specification: framework.getSpecification(),
              }
            : undefined,
          configSchema: schema
            ? {
                properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<string, Record<string, unknown>>,
                required: schema.getRequiredList(),
              }
            : undefined,
          type: POLICY_TYPES[p.getPolicyType()] ?? "unknown",
        };
      }),
    };
  }

  /**
   * Reconciles config as the engine does before calling Configure: every policy starts from its
   * enforcement level and its schema defaults, then the pack's initial config, then the
   * `--policy-pack-config` JSON (`all` first, then per policy); properties are validated against
   * each policy's schema and a failure is the error the CLI would print.
   */
  async configure(userConfig: Record<string, unknown> = {}): Promise<void> {
    const { policies, initialConfig } = await this.info();
    const request = new analyzerPb.ConfigureAnalyzerRequest();
    const ajv = new Ajv({ allErrors: true, strict: false });
    const known = new Set(policies.map((p) => p.name));
    for (const key of Object.keys(userConfig)) {
      if (key !== "all" && !known.has(key)) throw new Error(`validating policy config: unknown policy "${key}"`);
    }
    for (const policy of policies) {
      let level: Level = policy.enforcementLevel;
      const properties: Record<string, unknown> = {};
      for (const [key, schema] of Object.entries(policy.configSchema?.properties ?? {})) {
        if ("default" in schema) properties[key] = schema["default"];
      }
      const initial = initialConfig[policy.name];
      if (initial?.enforcementLevel) level = initial.enforcementLevel;
      Object.assign(properties, initial?.properties ?? {});
      const all = userConfig["all"];
      if (typeof all === "string") level = all as Level;
      const own = userConfig[policy.name];
      if (typeof own === "string") level = own as Level;
      else if (own && typeof own === "object") {
        const { enforcementLevel, ...props } = own as Record<string, unknown>;
        if (typeof enforcementLevel === "string") level = enforcementLevel as Level;
        Object.assign(properties, props);
      }
      if (policy.configSchema) {
        const validate = ajv.compile({
          type: "object",
          properties: policy.configSchema.properties,
          required: policy.configSchema.required,
        });
        if (!validate(properties)) {
          throw new Error(`validating policy config: ${policy.name}: ${ajv.errorsText(validate.errors)}`);
        }
      }
      const config = new analyzerPb.PolicyConfig();
      config.setEnforcementlevel(LEVEL_CODES[level] as analyzerPb.EnforcementLevel);
      config.setProperties(Struct.fromJavaScript(properties as never));
      request.getPolicyconfigMap().set(policy.name, config);
    }
    await call((req, cb) => this.client.configure(req, cb as never), request);
  }

  async analyze(resource: ResourceInput): Promise<AnalyzeResult> {
    const request = new analyzerPb.AnalyzeRequest();
    request.setType(resource.type);
    request.setName(resource.name);
    request.setUrn(resource.urn ?? urnOf(resource.type, resource.name));
    request.setProperties(Struct.fromJavaScript(resource.props as never));
    request.setOptions(optionsMessage(resource.parent));
    if (resource.provider) request.setProvider(providerMessage(resource.provider));
    return readResponse(await call((req, cb) => this.client.analyze(req, cb), request));
  }

  async analyzeStack(resources: readonly ResourceInput[]): Promise<AnalyzeResult> {
    const request = new analyzerPb.AnalyzeStackRequest();
    request.setResourcesList(
      resources.map((resource) => {
        const message = new analyzerPb.AnalyzerResource();
        message.setType(resource.type);
        message.setName(resource.name);
        message.setUrn(resource.urn ?? urnOf(resource.type, resource.name));
        message.setProperties(Struct.fromJavaScript(resource.props as never));
        message.setOptions(optionsMessage(resource.parent));
        if (resource.parent) message.setParent(resource.parent);
        if (resource.provider) message.setProvider(providerMessage(resource.provider));
        const deps = message.getPropertydependenciesMap();
        for (const [property, urns] of Object.entries(resource.propertyDependencies ?? {})) {
          const dep = new analyzerPb.AnalyzerPropertyDependencies();
          dep.setUrnsList(urns);
          deps.set(property, dep);
        }
        message.setDependenciesList([...new Set(Object.values(resource.propertyDependencies ?? {}).flat())]);
        return message;
      }),
    );
    return readResponse(await call((req, cb) => this.client.analyzeStack(req, cb), request));
  }

  async stop(): Promise<void> {
    this.client.close();
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once("exit", resolve));
      this.child.kill("SIGTERM");
      await exited;
    }
  }
}

/** Runs a pack that must fail to start, and returns its exit code and stderr. */
export async function startExpectingFailure(options: StartOptions): Promise<{ code: number | null; stderr: string }> {
  try {
    const harness = await EngineHarness.start(options);
    await harness.stop();
  } catch (error) {
    if (error instanceof PackProcessError) return { code: error.code, stderr: error.stderr };
    throw error;
  }
  throw new Error("the pack started, but was expected to fail");
}
