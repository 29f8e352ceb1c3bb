/**
 * A guard in front of @pulumi/policy's property deserializer. Its `deserializeProperties`
 * (deserialize.js) throws `Unrecognized signature '<sig>'` or "Invalid asset encountered" on a
 * special value it cannot read, and its server wraps that error with the stack (protoutil.js
 * asGrpcError) into the failed Analyze/AnalyzeStack reply. When that value sits inside a secret,
 * the reply quotes content of the secret. The server calls the deserializer through its module's
 * exports (`deserialize_1.deserializeProperties(...)` in server.js), so the pack wraps that export:
 * the raw struct is checked first, and a value inside a secret that the library could not read
 * fails the call with the path up to the secret, nothing from inside it, and no stack frames.
 * Everything else goes to the library's own deserializer unchanged (the struct is decoded once).
 */

import { collectRenderings } from "./core/shown-values";

// The special signatures, from @pulumi/pulumi's runtime/rpc.js, which @pulumi/policy itself compares against.
const rpc = require("@pulumi/pulumi/runtime/rpc") as {
  specialSigKey: string;
  specialAssetSig: string;
  specialArchiveSig: string;
  specialSecretSig: string;
};

interface Struct {
  toJavaScript(): Record<string, unknown>;
}
type Deserialize = (struct: Struct, proxySecrets: boolean) => Record<string, unknown>;

/** Thrown for an unreadable value inside a secret; its message names only the path up to the secret. */
export class SecretValueError extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pathText(path: readonly string[]): string {
  return path.length === 0 ? "the properties" : `.${path.join(".")}`;
}

/** Whether @pulumi/policy's deserializeProperty reads this special value without throwing (mirrors deserialize.js). */
function readableSpecial(value: Record<string, unknown>, sig: unknown, check: (inner: unknown) => boolean): boolean {
  if (sig === rpc.specialAssetSig) return Boolean(value["path"]) || Boolean(value["text"]) || Boolean(value["uri"]);
  if (sig === rpc.specialArchiveSig) {
    const assets = value["assets"];
    if (assets) return isObject(assets) && Object.keys(assets).every((name) => check(assets[name]));
    return Boolean(value["path"]) || Boolean(value["uri"]);
  }
  if (sig === rpc.specialSecretSig) return check(value["value"]);
  return false;
}

/** Whether a value inside a secret deserializes (every nested special value readable). */
function readable(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === undefined) return false;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else if (isObject(value)) {
      const sig = value[rpc.specialSigKey];
      if (sig) {
        if (!readableSpecial(value, sig, readable)) return false;
      } else {
        for (const key of Object.keys(value)) pending.push(value[key]);
      }
    }
  }
  return true;
}

/**
 * The renderings of the secret values of each deserialized property bag (shown-values.ts), by the
 * object @pulumi/policy deserialized (its proxy hands that object out as its target).
 */
const RENDERINGS = new WeakMap<object, ReadonlySet<string>>();

/** How the secrets of one deserialized property bag would read in a message; undefined when none. */
export function secretRenderingsOf(deserialized: object): ReadonlySet<string> | undefined {
  return RENDERINGS.get(deserialized);
}

/**
 * Throws SecretValueError at the first secret whose content the library could not deserialize, and
 * collects the renderings of the secrets' leaves into `renderings`.
 */
export function checkSecrets(outputs: Record<string, unknown>, renderings: Set<string> = new Set()): void {
  const pending: [unknown, string[]][] = [];
  for (const key of Object.keys(outputs)) if (outputs[key] !== undefined) pending.push([outputs[key], [key]]);
  while (pending.length > 0) {
    const [value, path] = pending.pop() as [unknown, string[]];
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        pending.push([item, [...path, String(index)]]);
      });
    } else if (isObject(value)) {
      const sig = value[rpc.specialSigKey];
      if (sig === rpc.specialSecretSig) {
        collectRenderings(renderings, value["value"]);
        if (!readable(value["value"])) {
          const limit = Error.stackTraceLimit;
          Error.stackTraceLimit = 0;
          try {
            throw new SecretValueError(
              `the value at ${pathText(path)} is a secret holding a value that cannot be read (an unrecognised or incomplete special value); nothing inside the secret is shown`,
            );
          } finally {
            Error.stackTraceLimit = limit;
          }
        }
      } else if (!sig) {
        for (const key of Object.keys(value)) pending.push([value[key], [...path, key]]);
      }
      // Other special values outside a secret are the library's to judge: they hold no secret.
    }
  }
}

let installed = false;

/** Wraps @pulumi/policy's deserializeProperties once; the pack entry calls it before the PolicyPack starts. */
export function installSecretGuard(): void {
  if (installed) return;
  const module = require("@pulumi/policy/deserialize") as { deserializeProperties: Deserialize };
  const original = module.deserializeProperties;
  module.deserializeProperties = (struct: Struct, proxySecrets: boolean) => {
    const outputs = struct.toJavaScript();
    const renderings = new Set<string>();
    checkSecrets(outputs, renderings);
    const result = original({ toJavaScript: () => outputs }, proxySecrets);
    if (renderings.size > 0) RENDERINGS.set(result, renderings);
    return result;
  };
  installed = true;
}
