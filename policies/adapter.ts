/**
 * The CrossGuard adapter: the only module that knows @pulumi/policy's shapes. Every rule becomes a
 * policy the engine lists and configures; two dispatching policies turn each Analyzer call into
 * neutral ResourceViews, run the rules that apply through the rule core, and report each finding
 * under its rule's name. Of @pulumi/policy it loads only the proxy module (for the unknown-value
 * error class); the pack entry constructs the PolicyPack.
 */
import type {
  Policy,
  PolicyResource,
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import type { ResponsibilityMap } from "../responsibility-map/model";
import { type Environment, evaluateResource, evaluateStack, type RuleSettings } from "./core/evaluate";
import type { Finding } from "./core/finding";
import { canonicalType, type ProviderView, type ResourceView } from "./core/resource";
import type { ResourceRule, Rule, StackRule } from "./core/rule";
import { safeText } from "./core/safe-text";
import { isUnknownValueError } from "./core/unknown";
import { secretRenderingsOf } from "./secret-guard";

export interface AdapterOptions {
  readonly map: ResponsibilityMap;
  /** Read once per Analyzer call; tests and reproducible runs pin it. */
  readonly clock: () => Date;
  readonly ruleDuties: ReadonlyMap<string, string>;
}

export const NIST_800_53 = {
  name: "NIST SP 800-53",
  version: "Rev. 5",
  reference: "https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final",
} as const;

/**
 * The object form of @pulumi/policy's reportViolation (server.js makeReportViolationFun): `name`
 * and `enforcementLevel` replace the calling policy's, so a dispatching policy reports each finding
 * under its own rule, at that rule's configured level.
 */
interface Diagnostic {
  readonly name: string;
  readonly message: string;
  readonly description: string;
  readonly enforcementLevel: "advisory" | "mandatory";
  readonly severity: Rule["severity"];
  /** Absent for a finding about the whole stack; @pulumi/policy then sends no URN. */
  readonly urn: string | undefined;
}
type Report = (diagnostic: Diagnostic) => void;

function diagnostic(rule: Rule, message: string, enforcementLevel: Diagnostic["enforcementLevel"], urn: string | undefined): Diagnostic {
  // The Pulumi CLI prints diagnostics to a terminal: tag values quoted in a message must not drive it.
  return { name: rule.name, message: safeText(message), description: rule.description, enforcementLevel, severity: rule.severity, urn };
}

function reportFindings(
  rule: Rule,
  findings: readonly Finding[],
  reportViolation: Report,
  cannotRun: (error: Error) => string = (error) => error.message,
): void {
  for (const finding of findings) {
    const urn = finding.resource?.urn;
    if (finding.status === "undecided" && finding.unknown !== undefined) {
      // One resource a stack rule could not judge during preview: reported as @pulumi/policy reports
      // a policy it cannot run then, on that resource, advisory.
      reportViolation(diagnostic(rule, cannotRun(finding.unknown), "advisory", urn));
    } else if (finding.status === "fail" && finding.enforcementLevel !== "disabled") {
      // The string form would read "<description>\n<message>"; kept so diagnostics read the same.
      reportViolation(diagnostic(rule, `${rule.description}\n${finding.message}`, finding.enforcementLevel, urn));
    } else if (finding.status === "waived") {
      // A waived finding stays visible, as advisory, so nobody forgets the exception exists.
      reportViolation(diagnostic(rule, `Waived: ${finding.message}`, "advisory", urn));
    }
  }
}

/**
 * Says a policy does not apply. @pulumi/policy's notApplicable throws an Error; no stack trace is
 * captured for this control-flow throw, which happens for every resource no rule checks.
 */
function notApplicableWithoutStack(args: { notApplicable(reason?: string): never }, reason: string): never {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return args.notApplicable(reason);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function policyMeta(rule: Rule): Omit<Policy, "enforcementLevel"> & { enforcementLevel: Rule["enforcementLevel"] } {
  const options = Object.keys(rule.options).length > 0 ? { configSchema: { properties: rule.options as never } } : {};
  return {
    name: rule.name,
    displayName: rule.displayName,
    description: rule.description,
    enforcementLevel: rule.enforcementLevel,
    severity: rule.severity,
    framework: { ...NIST_800_53, specification: rule.controls.nist.join(", ") },
    tags: [...rule.tags],
    remediationSteps: rule.remediation,
    url: rule.docsUrl,
    ...options,
  };
}

/**
 * Each rule is still a policy of its own, so the engine lists it, validates its config and lets
 * users set its level; but it validates nothing itself: the dispatchers below run it. With neither
 * `validateResource` nor `validateStack`, @pulumi/policy passes over it at the cost of one config
 * lookup, and never builds the stack's resources for it (it built them once per stack policy, the
 * bulk of AnalyzeStack's time). Such a policy is listed with the unknown policy type, which the
 * engine counts among both resource and stack policies.
 */
export function rulePolicy(rule: Rule): Policy {
  return policyMeta(rule) as Policy;
}

function environment(options: AdapterOptions): Environment {
  return { map: options.map, now: options.clock(), ruleDuties: options.ruleDuties };
}

export interface PackIdentity {
  readonly name: string;
  readonly version: string;
}

export interface DispatchOptions extends AdapterOptions {
  readonly pack: PackIdentity;
  /** The per-rule settings the engine configured (engine-config.ts); read at every call. */
  readonly settings: (rule: Rule) => RuleSettings;
}

// @pulumi/policy's unknown-checking proxy module (its .d.ts does not declare it): the error class it
// throws, the key under which a proxy hands out the object it wraps, and its unknown sentinels.
const proxyModule = require("@pulumi/policy/proxy") as Record<string, unknown> & {
  getSpecialProxyTarget: string;
  unknownCheckingProxy: (target: object) => Readonly<Record<string, unknown>>;
  unknownStringValue: string;
};
const { getSpecialProxyTarget, unknownCheckingProxy, unknownStringValue } = proxyModule;

/**
 * What `pulumi policy analyze --file` puts in place of every secret it cannot decrypt offline,
 * whatever the secret's type: the engine deserializes the export with a blinding secrets manager
 * whose decrypter returns config.BlindingCrypter's "[secret]" (pulumi/pulumi
 * pkg/cmd/pulumi/policy/policy_analyze.go, pkg/backend/secrets/providers.go), and sends it as a
 * secret, which @pulumi/policy unwraps to the bare string. It is not the resource's value, so a rule
 * that reads one is stopped as by an unknown value, never judged on it.
 */
export const REDACTED_SECRET = "[secret]";

/** Every value the proxy treats as unknown: all the `unknown…Value` sentinels the module exports. */
const UNKNOWN_SENTINELS: ReadonlySet<unknown> = new Set(
  Object.entries(proxyModule)
    .filter(([key, value]) => /^unknown[A-Za-z]*Value$/.test(key) && typeof value === "string")
    .map(([, value]) => value),
);

/** Past this many values a tree is left to the proxy (deserialized props are trees far smaller than this). */
const SCAN_LIMIT = 1_000_000;

type Scan = "plain" | "unknown" | "redacted";

/**
 * "unknown" when some value in the tree is an unknown sentinel, or the tree is too large to tell;
 * else "redacted" when some value is a secret Pulumi could not decrypt; else "plain".
 */
function scan(root: object): Scan {
  const pending: unknown[] = [root];
  let redacted = false;
  for (let visited = 0; pending.length > 0; visited++) {
    if (visited > SCAN_LIMIT) return "unknown";
    const value = pending.pop();
    if (typeof value === "string") {
      if (UNKNOWN_SENTINELS.has(value)) return "unknown";
      if (value === REDACTED_SECRET) redacted = true;
    } else if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else if (typeof value === "object" && value !== null) {
      for (const key of Object.keys(value)) pending.push((value as Record<string, unknown>)[key]);
    }
  }
  return redacted ? "redacted" : "plain";
}

/** Paths (as UnknownValueError's `props`, joined with ".") that held a redacted secret, per props object. */
const REDACTED_PATHS = new WeakMap<object, ReadonlySet<string>>();

/** A copy of the tree with every redacted secret turned into an unknown string, and their paths. */
function blindRedacted(value: unknown, path: string, paths: Set<string>): unknown {
  if (value === REDACTED_SECRET) {
    paths.add(path);
    return unknownStringValue;
  }
  const prefix = path === "" ? "" : `${path}.`;
  if (Array.isArray(value)) return value.map((item, index) => blindRedacted(item, `${prefix}${index}`, paths));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = blindRedacted((value as Record<string, unknown>)[key], `${prefix}${key}`, paths);
    return out;
  }
  return value;
}

/** The props a rule read, as an UnknownValueError is looked up against them: each view's and its provider's. */
function* propsOf(views: readonly ResourceView[]): Iterable<object> {
  for (const view of views) {
    yield view.props;
    if (view.provider !== undefined) yield view.provider.props;
  }
}

/** The redacted-secret path an UnknownValueError stopped at, if it was one. */
function redactedPathOf(error: { props: readonly PropertyKey[] }, views: readonly ResourceView[]): string | undefined {
  const path = error.props.map(String).join(".");
  for (const props of propsOf(views)) if (REDACTED_PATHS.get(props)?.has(path)) return path;
  return undefined;
}

/**
 * The props the rules read. @pulumi/policy hands them over in its unknown-checking proxy, which
 * throws UnknownValueError when a read returns one of its unknown sentinels, and on every read copies
 * the property path, asks for a property descriptor and wraps the value in a new proxy: the largest
 * single cost of running the rules. A read through the proxy can throw only when a sentinel is in the
 * tree, so when none is, the rules read the deserialized object the proxy wraps (which the proxy
 * itself hands out) and get the same values; otherwise they read the proxy, and an unknown value
 * stops a rule exactly as @pulumi/policy would stop it.
 */
export function readableProps(props: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const target = props[getSpecialProxyTarget];
  if (typeof target !== "object" || target === null) return props;
  const found = scan(target);
  if (found === "plain") return target as Readonly<Record<string, unknown>>;
  if (found === "unknown") return props;
  // Redacted secrets read as unknowns through @pulumi/policy's own proxy; their paths let the
  // diagnostic say which it was.
  const paths = new Set<string>();
  const blinded = unknownCheckingProxy(blindRedacted(target, "", paths) as object);
  REDACTED_PATHS.set(blinded, paths);
  return blinded;
}

/** How the secrets of a resource's props and its provider's would read in a message (shown-values.ts). */
function secretsOf(
  props: Readonly<Record<string, unknown>>,
  provider: { readonly props: Readonly<Record<string, unknown>> } | undefined,
): ReadonlySet<string> | undefined {
  const own = renderingsOf(props);
  const inherited = provider === undefined ? undefined : renderingsOf(provider.props);
  if (inherited === undefined) return own;
  if (own === undefined) return inherited;
  return new Set([...own, ...inherited]);
}

function renderingsOf(props: Readonly<Record<string, unknown>>): ReadonlySet<string> | undefined {
  const target = props[getSpecialProxyTarget];
  return typeof target === "object" && target !== null ? secretRenderingsOf(target) : undefined;
}

/** A provider as rules see it; its props are made readable on first use (few rules read them). */
class ProviderPropsView implements ProviderView {
  readonly type: string;
  readonly #provider: ProviderView;
  #props: Readonly<Record<string, unknown>> | undefined;

  constructor(provider: ProviderView) {
    this.type = provider.type;
    this.#provider = provider;
  }

  get props(): Readonly<Record<string, unknown>> {
    this.#props ??= readableProps(this.#provider.props);
    return this.#props;
  }
}

function providerView(provider: ProviderView | undefined): ProviderView | undefined {
  return provider === undefined ? undefined : new ProviderPropsView(provider);
}

/** @pulumi/policy's "can't run policy ... during preview" wording, or why a redacted secret stopped the rule. */
function cannotRunMessage(rule: Rule, options: DispatchOptions, error: Error, views: readonly ResourceView[]): string {
  const pack = `'${options.pack.name}@v${options.pack.version}'`;
  const redacted = isUnknownValueError(error) ? redactedPathOf(error, views) : undefined;
  return redacted === undefined
    ? `can't run policy '${rule.name}' from policy pack ${pack} during preview: ${error.message}`
    : `can't run policy '${rule.name}' from policy pack ${pack}: the value at .${redacted} is a secret that Pulumi could not decrypt, so it reads "${REDACTED_SECRET}". Make the stack's secrets provider available (for example PULUMI_CONFIG_PASSPHRASE, or pulumi login) and analyze again.`;
}

/**
 * Runs one rule the way @pulumi/policy runs a policy: an unknown value read during preview becomes
 * the same advisory "can't run policy ... during preview" diagnostic, under the rule's name; any
 * other error fails the call and names the rule.
 */
function runRule(
  rule: Rule,
  options: DispatchOptions,
  urn: string | undefined,
  views: readonly ResourceView[],
  reportViolation: Report,
  evaluate: () => Finding[],
): Finding[] {
  try {
    return evaluate();
  } catch (error) {
    if (isUnknownValueError(error)) {
      reportViolation(diagnostic(rule, cannotRunMessage(rule, options, error, views), "advisory", urn));
      return [];
    }
    throw new Error(`policy '${rule.name}' failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** When no enabled rule applied, the dispatcher itself does not apply, and says why. */
function notApplicableReason(reasons: readonly string[], type?: string): string {
  if (reasons.length === 0) return type ? `No enabled rule of this pack checks resources of type ${type}.` : "No enabled stack rule.";
  return reasons.join(" ");
}

export const RESOURCE_DISPATCHER = "shared-responsibility-resource-rules";
export const STACK_DISPATCHER = "shared-responsibility-stack-rules";

const DISPATCHER_META = {
  enforcementLevel: "advisory",
  severity: "low",
} as const;

/**
 * One policy runs every resource rule that checks a resource's type, once per Analyze call, and one
 * runs every stack rule once per AnalyzeStack call. @pulumi/policy otherwise does per-policy work
 * for all 126 policies on every resource (and builds every resource again for each stack policy),
 * which made Analyze twice and AnalyzeStack five times as slow as a one-policy pack (docs/performance.md).
 */
export function resourceDispatcher(rules: readonly Rule[], options: DispatchOptions): ResourceValidationPolicy {
  const byType = new Map<string, ResourceRule[]>();
  for (const rule of rules) {
    if (rule.kind !== "resource") continue;
    for (const type of rule.appliesTo) byType.set(type, [...(byType.get(type) ?? []), rule]);
  }
  const validateResource = (args: ResourceValidationArgs, reportViolation: ReportViolation): void => {
    const type = canonicalType(args.type);
    const candidates = byType.get(type) ?? [];
    const view: ResourceView = {
      type,
      name: args.name,
      urn: args.urn,
      props: readableProps(args.props),
      provider: providerView(args.provider),
      secrets: secretsOf(args.props, args.provider),
    };
    const env = environment(options);
    const report = reportViolation as unknown as Report;
    const reasons: string[] = [];
    let applied = false;
    for (const rule of candidates) {
      const settings = options.settings(rule);
      if (settings.enforcementLevel === "disabled") continue;
      const findings = runRule(rule, options, args.urn, [view], report, () => evaluateResource(rule, view, env, settings));
      const first = findings[0];
      if (findings.length === 1 && first?.status === "not-applicable") {
        reasons.push(`${rule.name}: ${first.message}`);
        continue;
      }
      applied = true;
      reportFindings(rule, findings, report);
    }
    if (!applied) notApplicableWithoutStack(args, notApplicableReason(reasons, args.type));
  };
  return {
    ...DISPATCHER_META,
    tags: ["shared-responsibility"],
    name: RESOURCE_DISPATCHER,
    displayName: "Shared responsibility: resource rules",
    description:
      "Runs every resource rule of this pack in one pass and reports each finding under the rule's own name. Configure the rules, not this policy.",
    validateResource,
  };
}

/**
 * The resource's id when its outputs carry a known one, as the audit takes it from the state: Azure
 * joins need it, since azure-native outputs hold a child's parent only in the ARM id. Read from the
 * object the proxy wraps, so a new resource's unknown id is simply absent (joins then go through
 * propertyDependencies) and is never read as a value.
 */
export function knownId(props: Readonly<Record<string, unknown>>): string | undefined {
  const target = props[getSpecialProxyTarget];
  const id = typeof target === "object" && target !== null ? (target as Record<string, unknown>)["id"] : undefined;
  return typeof id === "string" && id !== "" && !UNKNOWN_SENTINELS.has(id) ? id : undefined;
}

/**
 * A stack resource as rules see it. Built for every resource of every AnalyzeStack, so it allocates
 * little: provider props are made readable, and property dependencies (read only by the joins of a
 * few rules) turned into URNs, when first read.
 */
class StackResourceView implements ResourceView {
  readonly type: string;
  readonly name: string;
  readonly urn: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly provider: ProviderView | undefined;
  readonly id: string | undefined;
  readonly secrets: ReadonlySet<string> | undefined;
  readonly #resource: PolicyResource;
  #propertyDependencies: Record<string, string[]> | undefined;

  constructor(resource: PolicyResource) {
    this.type = canonicalType(resource.type);
    this.name = resource.name;
    this.urn = resource.urn;
    this.props = readableProps(resource.props);
    this.provider = providerView(resource.provider);
    this.id = knownId(resource.props);
    this.secrets = secretsOf(resource.props, resource.provider);
    this.#resource = resource;
  }

  get propertyDependencies(): Readonly<Record<string, readonly string[]>> {
    if (this.#propertyDependencies === undefined) {
      const out: Record<string, string[]> = {};
      for (const [property, targets] of Object.entries(this.#resource.propertyDependencies)) {
        out[property] = targets.map((target) => target.urn);
      }
      this.#propertyDependencies = out;
    }
    return this.#propertyDependencies;
  }
}

export function stackDispatcher(rules: readonly Rule[], options: DispatchOptions): StackValidationPolicy {
  const stackRules = rules.filter((rule): rule is StackRule => rule.kind === "stack");
  return {
    ...DISPATCHER_META,
    tags: ["shared-responsibility"],
    name: STACK_DISPATCHER,
    displayName: "Shared responsibility: stack rules",
    description:
      "Runs every stack rule of this pack once over the stack and reports each finding under the rule's own name. Configure the rules, not this policy.",
    validateStack: (args: StackValidationArgs, reportViolation: ReportViolation): void => {
      const views = args.resources.map((resource) => new StackResourceView(resource));
      const env = environment(options);
      const report = reportViolation as unknown as Report;
      const reasons: string[] = [];
      let applied = false;
      for (const rule of stackRules) {
        const settings = options.settings(rule);
        if (settings.enforcementLevel === "disabled") continue;
        const findings = runRule(rule, options, undefined, views, report, () => evaluateStack(rule, views, env, settings));
        const first = findings[0];
        if (findings.length === 1 && first?.status === "not-applicable" && first.resource === undefined) {
          reasons.push(`${rule.name}: ${first.message}`);
          continue;
        }
        applied = true;
        reportFindings(rule, findings, report, (error) => cannotRunMessage(rule, options, error, views));
      }
      if (!applied) notApplicableWithoutStack(args, notApplicableReason(reasons));
    },
  };
}

/** The pack's policies: the two dispatchers first, then one descriptive policy per rule. */
export function toPolicies(rules: readonly Rule[], options: DispatchOptions): Policy[] {
  return [resourceDispatcher(rules, options), stackDispatcher(rules, options), ...rules.map(rulePolicy)];
}
