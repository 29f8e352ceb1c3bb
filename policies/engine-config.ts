/**
 * The per-rule configuration the engine sends in `Configure`. @pulumi/policy keeps it private to its
 * server and hands each policy only its own part; the pack's two dispatching policies (adapter.ts)
 * need every rule's level and options. So the pack listens to the same request as it is decoded: it
 * wraps the request deserializer of the Configure method on the very service descriptor
 * @pulumi/policy registers with gRPC. This must run before the PolicyPack is constructed, because
 * gRPC takes the deserializer when the service is added.
 */
import * as path from "node:path";
import { effectiveLevel } from "./core/config";
import type { RuleSettings } from "./core/evaluate";
import type { EnforcementLevel, Rule } from "./core/rule";

/** Policy name -> the engine's reconciled config for it: `enforcementLevel` plus the options. */
export type EngineConfig = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

interface ConfigureRequest {
  getPolicyconfigMap(): {
    entries(): Iterable<
      [string, { getProperties(): { toJavaScript(): Record<string, unknown> } | undefined; getEnforcementlevel(): number }]
    >;
  };
}

interface MethodDefinition {
  requestDeserialize: (bytes: Buffer) => unknown;
}

/** The modules as @pulumi/policy itself resolves them, so the descriptor is the one its server uses. */
function policyRequire(id: string): unknown {
  const policyDir = path.dirname(require.resolve("@pulumi/policy/package.json"));
  return require(require.resolve(id, { paths: [policyDir] }));
}

export function observeConfigure(listener: (config: EngineConfig) => void): void {
  const service = policyRequire("@pulumi/pulumi/proto/analyzer_grpc_pb") as { AnalyzerService: { configure: MethodDefinition } };
  const { convertEnforcementLevel } = policyRequire("@pulumi/policy/protoutil") as { convertEnforcementLevel(level: number): string };
  const method = service.AnalyzerService.configure;
  const decode = method.requestDeserialize;
  method.requestDeserialize = (bytes: Buffer) => {
    const request = decode(bytes) as ConfigureRequest;
    const config: Record<string, Record<string, unknown>> = {};
    // A request the server itself cannot read is left for it to reject; the rules keep their defaults.
    try {
      for (const [name, policy] of request.getPolicyconfigMap().entries()) {
        config[name] = {
          ...policy.getProperties()?.toJavaScript(),
          enforcementLevel: convertEnforcementLevel(policy.getEnforcementlevel()),
        };
      }
    } catch {
      return request;
    }
    listener(config);
    return request;
  };
}

/** One rule's settings from the engine's config, as @pulumi/policy would apply them to its policy. */
export function ruleSettings(rule: Rule, config: EngineConfig): RuleSettings {
  const entry = config[rule.name];
  if (entry === undefined) return { enforcementLevel: rule.enforcementLevel, config: {} };
  const { enforcementLevel, ...options } = entry;
  const level = typeof enforcementLevel === "string" ? (enforcementLevel as EnforcementLevel | "remediate") : rule.enforcementLevel;
  return { enforcementLevel: effectiveLevel(level), config: options };
}
