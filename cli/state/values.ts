import { isRecord } from "../../policies/core/resource";
import { addRenderings } from "../../policies/core/shown-values";

/**
 * Decoding of Pulumi's serialized property values as state files hold them. Special values are
 * objects whose `SIG_KEY` names what they are; everything else is plain JSON.
 *
 * The signatures are copied from @pulumi/pulumi's `runtime/rpc.js` (`specialSigKey`,
 * `specialSecretSig`, `specialResourceSig`, `specialAssetSig`, `specialArchiveSig`,
 * `specialOutputValueSig`); the audit does not load @pulumi/pulumi, so
 * test/cli/state/signatures.test.ts holds them equal to that module's exports.
 */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
export const RESOURCE_REF_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
export const ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
export const ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";
export const OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

/** Keys the engine and bridged providers add for their own bookkeeping; never user properties. */
const INTERNAL_KEYS = new Set(["__defaults", "__meta"]);

/**
 * A secret whose value the audit cannot (and must not) read: ciphertext from the stack's secrets
 * provider. It carries nothing, so it cannot leak; rules see an object that is neither text, number
 * nor boolean, and treat it as a value they cannot vouch for.
 */
export class OpaqueSecret {
  static readonly instance = Object.freeze(new OpaqueSecret());
  private constructor() {}
  toString(): string {
    return "[secret]";
  }
  toJSON(): string {
    return "[secret]";
  }
}

/** What decoding learned besides the value. */
export interface DecodeSink {
  /** Plaintext secret leaves (strings) of the whole file (the OSCAL export never names one as an owner). */
  readonly secrets: Set<string>;
  /**
   * The renderings of the secret leaves (strings and numbers) met since the reader last took them,
   * so the rule core hides their copies in that resource's findings (shown-values.ts).
   */
  renderings?: Set<string> | undefined;
}

/** A problem found while decoding; `segments` locate it below the property bag. */
export class ValueError extends Error {
  readonly segments: (string | number)[] = [];
}

/** The JSON path of a ValueError, as `.a.b[0]["odd key"]`. */
export function pathOf(segments: readonly (string | number)[]): string {
  let out = "";
  for (const key of segments) {
    if (typeof key === "number") out += `[${key}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Paths are only built when something is wrong: decoding a 100k-resource file must not pay for them. */
function within<T>(key: string | number, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (error instanceof ValueError) error.segments.unshift(key);
    throw error;
  }
}

function collectSecretLeaves(value: unknown, sink: DecodeSink): void {
  if (typeof value === "string" || typeof value === "number") {
    sink.renderings ??= new Set();
    addRenderings(sink.renderings, value);
  }
  if (typeof value === "string") {
    if (value !== "") sink.secrets.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectSecretLeaves(item, sink);
  } else if (isRecord(value)) {
    for (const item of Object.values(value)) collectSecretLeaves(item, sink);
  }
}

/**
 * Decodes a secret's value. A problem inside it is reported at the secret and no deeper: the keys
 * below it and the text of a bad signature are the secret's content, and an error must not print them.
 */
function decodeSecret(value: unknown, sink: DecodeSink): unknown {
  try {
    return decodeValue(value, sink);
  } catch (error) {
    if (error instanceof ValueError)
      throw new ValueError("a secret whose value is plain data or known special values (its content is not shown)");
    throw error;
  }
}

/** Decodes one serialized property value. */
export function decodeValue(value: unknown, sink: DecodeSink): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      out[index] = typeof item === "object" && item !== null ? within(index, () => decodeValue(item, sink)) : item;
    }
    return out;
  }
  const record = value as Record<string, unknown>;
  const sig = record[SIG_KEY];
  if (sig === undefined) return decodeObject(record, sink);
  switch (sig) {
    case SECRET_SIG: {
      if (typeof record["plaintext"] === "string") {
        let parsed: unknown;
        try {
          parsed = JSON.parse(record["plaintext"]);
        } catch {
          throw new ValueError("a plaintext secret whose `plaintext` is JSON text");
        }
        const decoded = decodeSecret(parsed, sink);
        collectSecretLeaves(decoded, sink);
        return decoded;
      }
      if (typeof record["ciphertext"] === "string") return OpaqueSecret.instance;
      if ("value" in record) {
        // The in-memory form some tools write: the secret's value inline.
        const decoded = decodeSecret(record["value"], sink);
        collectSecretLeaves(decoded, sink);
        return decoded;
      }
      throw new ValueError('a secret with "ciphertext" or "plaintext"');
    }
    case RESOURCE_REF_SIG: {
      // As the engine passes references to analyzers that do not keep resources: the id of a
      // custom resource, else its URN.
      const id = record["id"];
      const urn = record["urn"];
      if (typeof urn !== "string") throw new ValueError('a resource reference with a "urn" string');
      if (typeof id === "string" && id !== "") return id;
      return urn;
    }
    case ASSET_SIG: {
      const asset: Record<string, unknown> = {};
      for (const key of ["hash", "path", "uri", "text"]) if (typeof record[key] === "string") asset[key] = record[key];
      return asset;
    }
    case ARCHIVE_SIG: {
      const archive: Record<string, unknown> = {};
      for (const key of ["hash", "path", "uri"]) if (typeof record[key] === "string") archive[key] = record[key];
      const assets = record["assets"];
      if (isRecord(assets)) archive["assets"] = within("assets", () => decodeObject(assets, sink));
      return archive;
    }
    case OUTPUT_SIG: {
      if (!("value" in record)) return undefined;
      const decoded = within("value", () => decodeValue(record["value"], sink));
      if (record["secret"] === true) collectSecretLeaves(decoded, sink);
      return decoded;
    }
    default:
      throw new ValueError(`a known special value, not one with signature ${JSON.stringify(String(sig))}`);
  }
}

function decodeObject(value: Record<string, unknown>, sink: DecodeSink): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (INTERNAL_KEYS.has(key)) continue;
    const item = value[key];
    const decoded = typeof item === "object" && item !== null ? within(key, () => decodeValue(item, sink)) : item;
    if (decoded === undefined) continue;
    // `out["__proto__"] = x` would set the prototype, and rules would read x's keys as inherited
    // properties; a `__proto__` key in state is data, so it becomes an own property like any other.
    if (key === "__proto__") Object.defineProperty(out, key, { value: decoded, enumerable: true, writable: true, configurable: true });
    else out[key] = decoded;
  }
  return out;
}

/** Decodes a resource's property bag (inputs or outputs); `undefined`/`null` stay absent. */
export function decodeProperties(value: unknown, sink: DecodeSink): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) throw new ValueError("an object of properties");
  const decoded = decodeObject(value, sink);
  // Bridged providers keep bookkeeping at the top level under other `__` keys too.
  for (const key of Object.keys(decoded)) if (key.startsWith("__")) delete decoded[key];
  return decoded;
}
