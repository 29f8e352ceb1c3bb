/**
 * The CrossGuard adapter: the only module that knows @pulumi/policy's shapes. It turns each rule into
 * a policy and each Analyzer call into a neutral ResourceView, runs the rule core, and reports the
 * findings back. It imports @pulumi/policy for types only; the pack entry constructs the PolicyPack.
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
 * @pulumi/policy's reportViolation also accepts an object whose `enforcementLevel` overrides the
 * policy's (server.js makeReportViolationFun); waived findings use it to stay visible as advisory.
 */
type DiagnosticReport = (diagnostic: { message: string; urn?: string; enforcementLevel: "advisory" }) => void;

function report(findings: readonly Finding[], reportViolation: ReportViolation): void {
  for (const finding of findings) {
    const urn = finding.resource?.urn;
    if (finding.status === "fail") {
      reportViolation(finding.message, urn);
    } else if (finding.status === "waived") {
      (reportViolation as unknown as DiagnosticReport)({
        message: `Waived: ${finding.message}`,
        ...(urn === undefined ? {} : { urn }),
        enforcementLevel: "advisory",
      });
    }
  }
}

/**
 * Says a policy does not apply. @pulumi/policy's notApplicable throws an Error, and a multi-type rule
 * says so for every resource of another type; capturing a stack trace for each made Analyze about
 * twice as slow as the floor, so none is captured for this control-flow throw.
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

function providerView(provider: { type: string; props: Record<string, unknown> } | undefined): ProviderView | undefined {
  return provider ? { type: provider.type, props: provider.props } : undefined;
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

function settingsOf(rule: Rule, config: Record<string, unknown>): RuleSettings {
  return { enforcementLevel: rule.enforcementLevel, config };
}

function environment(options: AdapterOptions): Environment {
  return { map: options.map, now: options.clock(), ruleDuties: options.ruleDuties };
}

export function resourcePolicy(rule: ResourceRule, options: AdapterOptions): ResourceValidationPolicy {
  const validateResource = (args: ResourceValidationArgs, reportViolation: ReportViolation): void => {
    const type = canonicalType(args.type);
    if (!rule.appliesTo.has(type)) {
      notApplicableWithoutStack(args, `${rule.name} does not check resources of type ${args.type}.`);
    }
    const view: ResourceView = {
      type,
      name: args.name,
      urn: args.urn,
      props: args.props,
      provider: providerView(args.provider),
    };
    const findings = evaluateResource(rule, view, environment(options), settingsOf(rule, args.getConfig()));
    const notApplicable = findings.find((finding) => finding.status === "not-applicable");
    if (notApplicable && findings.length === 1) notApplicableWithoutStack(args, notApplicable.message);
    report(findings, reportViolation);
  };
  // A single-type rule lets @pulumi/policy skip other types before deserializing their properties.
  if (rule.resourceTypes.length === 1) {
    Object.assign(validateResource, { __pulumiType: rule.resourceTypes[0] });
  }
  return { ...policyMeta(rule), validateResource };
}

/**
 * @pulumi/policy hands every stack policy its own copies of the same resources. With the pack's
 * deserialization cache their props are proxies over the same objects, so the first resource's
 * proxy target identifies the request, and every stack rule of one AnalyzeStack shares one set of
 * views (and so one StackIndex). The key is @pulumi/policy's own escape hatch from its proxy.
 */
const PROXY_TARGET: string = require("@pulumi/policy/proxy").getSpecialProxyTarget;
let lastRequest: { readonly key: unknown; readonly length: number; readonly views: ResourceView[] } | undefined;

function stackViews(resources: readonly PolicyResource[]): ResourceView[] {
  const key = resources[0]?.props[PROXY_TARGET];
  const last = lastRequest;
  if (key !== undefined && last !== undefined && last.key === key && last.length === resources.length) return last.views;
  const views = buildStackViews(resources);
  lastRequest = { key, length: resources.length, views };
  return views;
}

function buildStackViews(resources: readonly PolicyResource[]): ResourceView[] {
  return resources.map((resource) => {
    const propertyDependencies: Record<string, string[]> = {};
    for (const [property, targets] of Object.entries(resource.propertyDependencies)) {
      propertyDependencies[property] = targets.map((target) => target.urn);
    }
    return {
      type: canonicalType(resource.type),
      name: resource.name,
      urn: resource.urn,
      props: resource.props,
      provider: providerView(resource.provider),
      propertyDependencies,
    };
  });
}

export function stackPolicy(rule: StackRule, options: AdapterOptions): StackValidationPolicy {
  return {
    ...policyMeta(rule),
    validateStack: (args: StackValidationArgs, reportViolation: ReportViolation): void => {
      const findings = evaluateStack(rule, stackViews(args.resources), environment(options), settingsOf(rule, args.getConfig()));
      const first = findings[0];
      if (findings.length === 1 && first?.status === "not-applicable" && first.resource === undefined) {
        notApplicableWithoutStack(args, first.message);
      }
      report(findings, reportViolation);
    },
  };
}

export function toPolicies(rules: readonly Rule[], options: AdapterOptions): (ResourceValidationPolicy | StackValidationPolicy)[] {
  return rules.map((rule) => (rule.kind === "resource" ? resourcePolicy(rule, options) : stackPolicy(rule, options)));
}
