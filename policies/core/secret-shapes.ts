/**
 * Secret detection shared by every secrets-hygiene rule, cloud-neutral. Two kinds of evidence:
 *
 * - a credential SHAPE in a value (an AWS access key id, a PEM private key, a password inside a URL
 *   or a connection string): strong evidence, reported as such;
 * - a secret-like NAME (`DB_PASSWORD`, `apiKey`) holding a literal: weak evidence, names mislead.
 *
 * Findings never carry the value: a match is described by its kind ("looks like an AWS access key
 * id"). References to a secret store (Secrets Manager / SSM ARNs and paths, `{{resolve:...}}`, Key
 * Vault references and URIs) and Pulumi secrets are compliant: the value is not in the program.
 */

import type { Violation } from "./rule";
import { marked } from "./shown-values";

/** A credential shape found in a value; `kind` completes "looks like ...". */
export interface CredentialShape {
  readonly kind: string;
}

const NAME_TERMS: readonly (readonly string[])[] = [
  ["password"],
  ["passwords"],
  ["passwd"],
  ["passphrase"],
  ["secret"],
  ["secrets"],
  ["token"],
  ["tokens"],
  ["credential"],
  ["credentials"],
  ["apikey"],
  ["api", "key"],
  ["privatekey"],
  ["private", "key"],
  ["accesskey"],
  ["access", "key"],
  ["accountkey"],
  ["account", "key"],
  ["secretkey"],
  ["clientsecret"],
  ["connectionstring"],
  ["connection", "string"],
  ["connstr"],
];

/**
 * Words that may follow a secret term and still name the secret itself (`SECRET_KEY`,
 * `TOKEN_VALUE`, `PASSWORD_PROD`). Any other word after the last term names something about the
 * secret (`PASSWORD_POLICY`, `SECRET_ARN`, `TOKEN_ENDPOINT_URL`, `API_KEY_ID`), which is no secret.
 */
const SECRET_SUFFIXES = new Set([
  "key",
  "value",
  "string",
  "str",
  "text",
  "plain",
  "plaintext",
  "raw",
  "b64",
  "base64",
  "prod",
  "production",
  "dev",
  "test",
  "stage",
  "staging",
  "primary",
  "secondary",
  "old",
  "new",
  "current",
  "next",
  "previous",
]);

/** The lowercase words of a name: split at separators, camelCase humps and acronym ends (`APIKey`). */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "")
    .map((word) => word.toLowerCase());
}

function termEndingAt(words: readonly string[], end: number): boolean {
  return NAME_TERMS.some((term) => term.length <= end + 1 && term.every((word, i) => words[end - term.length + 1 + i] === word));
}

/**
 * Whether a name (an environment variable, a setting) names a secret itself: its last secret term
 * is followed only by words that still name the value (see SECRET_SUFFIXES). `DB_PASSWORD`,
 * `apiKey`, `AWS_SECRET_ACCESS_KEY`, `SECRET_KEY` do; `PASSWORD_POLICY`, `SECRET_ARN`,
 * `DB_SECRET_NAME`, `TOKEN_ENDPOINT_URL`, `AWS_ACCESS_KEY_ID`, `KMS_KEY` do not.
 */
export function isSecretLikeName(name: string): boolean {
  const words = nameWords(name);
  for (let end = words.length - 1; end >= 0; end--) {
    if (termEndingAt(words, end)) return true;
    if (!SECRET_SUFFIXES.has(words[end] ?? "")) return false;
  }
  return false;
}

/**
 * Text standing for a value the program does not hold: a shell or template variable, a
 * placeholder, or a mask (`$DB_PASSWORD`, `${pw}`, `{{resolve:...}}`, `<password>`, `%s`, `****`).
 */
function isPlaceholder(text: string): boolean {
  const value = text.replace(/^["']/, "");
  return value === "" || /^[$%{<(`@]/.test(value) || /^(\*+|x+|X+|\.\.\.)["']?$/.test(value);
}

const AWS_KEY_ID = /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/;
// The secret access key itself is 40 characters of base64; anything else after the `=` is a variable.
const AWS_SECRET_KEY = /aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i;
const PEM_PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
// scheme://user:password@host; the password part is checked for placeholders below.
const URL_CREDENTIALS = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/:@"']+:([^\s/@"']+)@[^\s/@"']+/g;
// `Password=`, `Pwd=`, `AccountKey=`, `SharedAccessKey=` as whole keys (start, `;`, space or quote before).
const KEY_ASSIGNMENT = /(?:^|[;\s"'&?])(password|pwd|accountkey|sharedaccesskey)\s*=\s*([^;\s&]+)/gi;

/** The first credential shape in a text, if any; never the matched text. */
export function credentialShapeIn(text: string): CredentialShape | undefined {
  if (AWS_KEY_ID.test(text)) return { kind: "an AWS access key id" };
  if (AWS_SECRET_KEY.test(text)) return { kind: "an AWS secret access key" };
  if (PEM_PRIVATE_KEY.test(text)) return { kind: "a PEM private key" };
  for (const match of text.matchAll(URL_CREDENTIALS)) {
    if (!isPlaceholder(match[1] ?? "")) return { kind: "a URL with a user name and password" };
  }
  for (const match of text.matchAll(KEY_ASSIGNMENT)) {
    if (isPlaceholder(match[2] ?? "")) continue;
    const key = (match[1] ?? "").toLowerCase();
    if (key === "accountkey") return { kind: "a storage account key in a connection string" };
    if (key === "sharedaccesskey") return { kind: "a shared access key in a connection string" };
    return { kind: "a password assignment (`Password=`)" };
  }
  return undefined;
}

const REFERENCES: readonly RegExp[] = [
  // arn:aws:secretsmanager:<region>:<account>:secret:<name> and arn:aws:ssm:<region>:<account>:parameter/<name>
  /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]*:\d*:secret:\S+$/,
  /^arn:aws[a-z-]*:ssm:[a-z0-9-]*:\d*:parameter\/\S+$/,
  // CloudFormation dynamic references.
  /^\{\{resolve:(?:secretsmanager|ssm|ssm-secure):[^}]+\}\}$/,
  // App Service Key Vault references: @Microsoft.KeyVault(SecretUri=...) / (VaultName=...;SecretName=...).
  /^@Microsoft\.KeyVault\([^)]+\)$/i,
  // Key Vault secret identifiers (public and sovereign clouds).
  /^https:\/\/[A-Za-z0-9-]+\.vault\.(?:azure\.net|azure\.cn|usgovcloudapi\.net|microsoftazure\.de)(?::443)?\/secrets\/[A-Za-z0-9-]+(?:\/[A-Za-z0-9]*)?$/,
  // An SSM parameter name or a file path (`/prod/db/password`, `/run/secrets/db`): not the value.
  /^\/[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+$/,
];

/** Whether a whole value points at a secret store (or a file) instead of holding the secret. */
export function isSecretReference(value: string): boolean {
  return REFERENCES.some((pattern) => pattern.test(value));
}

/** What a value under a name shows: a credential shape (strong) or a secret-like name over a literal (weak). */
export type SecretEvidence = { readonly strength: "shape"; readonly kind: string } | { readonly strength: "name" };

/**
 * Judges one named value. Compliant (undefined): a Pulumi secret (`secrets`, the host's renderings of
 * the resource's secret values), a value that is not text (a secret the audit cannot decrypt), a
 * reference to a secret store, a placeholder or an empty value. Otherwise a credential shape in the
 * value, or a secret-like name over a literal.
 */
export function secretEvidence(name: string, value: unknown, secrets: ReadonlySet<string> | undefined): SecretEvidence | undefined {
  if (typeof value !== "string" || value === "" || secrets?.has(value)) return undefined;
  if (isSecretReference(value)) return undefined;
  const shape = credentialShapeIn(value);
  if (shape !== undefined) return { strength: "shape", kind: shape.kind };
  // A bare secret access key has no prefix of its own: its name and its 40 base64 characters together are the shape.
  if (/(?:^|\s)secret access key$/.test(nameWords(name).join(" ")) && /^[A-Za-z0-9/+]{40}$/.test(value))
    return { strength: "shape", kind: "an AWS secret access key" };
  if (isSecretLikeName(name) && !isPlaceholder(value) && !/^(?:true|false|yes|no|on|off|none|null|\d{1,6})$/i.test(value))
    return { strength: "name" };
  return undefined;
}

/** One named value a rule judges: `path` as users write it in Pulumi (`environment.variables.DB_PASSWORD`). */
export interface NamedValue {
  readonly path: string;
  readonly name: string;
  readonly value: unknown;
}

/** The problem codes every secrets-hygiene rule built on `secretViolations` declares. */
export const SECRET_PROBLEMS = {
  "credential-in-value": "a value looks like a credential (an access key, a private key, a password in a URL or connection string)",
  "secret-name-literal": "a setting with a secret-like name holds a literal, not a reference or a Pulumi secret (advisory)",
} as const;

/**
 * One violation per value that shows a secret, by path and kind, never the value. A credential shape
 * is a violation at the rule's level; a secret-like name over a literal is advisory (names mislead).
 * `fix` says how this resource takes the secret by reference.
 */
export function secretViolations(entries: Iterable<NamedValue>, secrets: ReadonlySet<string> | undefined, fix: string): Violation[] {
  const out: Violation[] = [];
  for (const { path, name, value } of entries) {
    const evidence = secretEvidence(name, value, secrets);
    if (evidence === undefined) continue;
    const subject = marked(path);
    // A list entry's path ends in its index: the name says which one it is.
    const shown = path.endsWith(name) ? `\`${subject}\`` : `\`${subject}\` (\`${marked(name)}\`)`;
    out.push(
      evidence.strength === "shape"
        ? { code: "credential-in-value", subject, fix, actual: `${shown} holds a plain value that looks like ${evidence.kind}` }
        : {
            code: "secret-name-literal",
            subject,
            fix,
            advisory: true,
            actual: `${shown} has a secret-like name and holds a plain value, not a reference to a secret store or a Pulumi secret`,
          },
    );
  }
  return out;
}

/**
 * The text a base64-encoded property carries (user data, custom data), or undefined when it is not
 * base64 or holds gzip-compressed data (1f 8b), which is not inspected. Bytes are read one to one,
 * which keeps every ASCII credential shape intact.
 */
export function base64Text(value: string): string | undefined {
  const compact = value.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) return undefined;
  const text = atob(compact);
  return text.startsWith("\x1f\x8b") ? undefined : text;
}

/** One boot-script property (user data, custom data): its path and whether the SDK says it holds base64. */
export interface ScriptValue {
  readonly path: string;
  readonly value: unknown;
  readonly base64: boolean;
}

/**
 * One `credential-in-value` violation per boot script (user data, custom data) that holds a credential
 * shape, naming the path and the kind, never the value; undefined when no script is set (the rule is
 * not applicable). A Pulumi secret is compliant (issue 18, item 4); compressed data is not inspected.
 */
export function scriptViolations(entries: Iterable<ScriptValue>, secrets: ReadonlySet<string> | undefined): Violation[] | undefined {
  const out: Violation[] = [];
  let present = false;
  for (const { path, value, base64 } of entries) {
    if (typeof value !== "string" || value === "") continue;
    present = true;
    if (secrets?.has(value)) continue;
    const shape = credentialShapeIn(base64 ? (base64Text(value) ?? value) : value);
    if (shape === undefined) continue;
    out.push({ code: "credential-in-value", subject: path, actual: `\`${path}\` holds something that looks like ${shape.kind}` });
  }
  return present ? out : undefined;
}
