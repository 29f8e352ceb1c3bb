#!/usr/bin/env node
// Generates test/support/generated/shapes.json from the installed provider SDKs' type declarations,
// with the TypeScript compiler API: for each resource type token the rules and their tests name, the
// property tree of its preview shape (the `<Class>Args` interface: what Analyze receives) and of its
// deployed shape (the class's `readonly` output properties: what AnalyzeStack and the audit read),
// nested through `types/input.d.ts` / `types/output.d.ts`. Tests record the paths a rule reads and
// hold them to these trees, and build each test case's deployed form from them.
// A tree is `{ "<property>": tree }`; `"[]"` is an array's element, `"*"` any key of a map, and `true`
// a leaf (string, number, boolean, enum) or a value the SDK leaves open (`any`, JSON text).
// The file is regenerated only when the SDK versions or the token list change.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "test", "support", "generated", "shapes.json");
const tagOut = path.join(root, "test", "support", "generated", "tag-shapes.json");
const require = createRequire(path.join(root, "package.json"));
const SDKS = { aws: "@pulumi/aws", "azure-native": "@pulumi/azure-native" };
// Deep SDK types (WAF rules, policy statements) nest without end; no rule reads this deep.
const MAX_DEPTH = 8;

function sdkDir(name) {
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated" && entry.name !== "node_modules") yield* sourceFiles(full);
    } else if (entry.name.endsWith(".ts") && !entry.name.startsWith("shapes")) {
      yield full;
    }
  }
}

/** Every type token the rules and their tests spell out, plus the tokens table. */
function tokensInUse() {
  const tokens = new Set();
  const literal = /["'`]((?:aws|azure-native):[A-Za-z0-9]+(?:\/[A-Za-z0-9]+)?:[A-Za-z0-9]+)["'`]/g;
  for (const dir of ["policies", path.join("test", "policies"), path.join("test", "support")]) {
    for (const file of sourceFiles(path.join(root, dir))) {
      for (const match of readFileSync(file, "utf8").matchAll(literal)) tokens.add(match[1]);
    }
  }
  // Versioned azure-native tokens are matched as their unversioned form (policies/core/resource.ts).
  return [...tokens].filter((token) => !/^azure-native:[A-Za-z0-9]+\/v\d{8}/.test(token)).sort();
}

/** `aws:s3/bucketV2:BucketV2` -> s3/bucketV2.d.ts; `azure-native:sql:Server` -> sql/server.d.ts. */
function declarationFile(token) {
  const direct = ownDeclarationFile(token);
  if (direct !== undefined || !token.startsWith("azure-native:")) return direct;
  const aliased = azureAliases().get(token);
  return aliased === undefined ? undefined : ownDeclarationFile(aliased);
}

function ownDeclarationFile(token) {
  const [provider, module, className] = token.split(":");
  const dir = sdkDir(SDKS[provider]);
  if (!dir || !module || !className) return undefined;
  const file =
    provider === "aws"
      ? path.join(dir, module.split("/")[0] === "index" ? "" : module.split("/")[0], `${module.split("/")[1]}.d.ts`)
      : path.join(dir, module, `${className[0].toLowerCase()}${className.slice(1)}.d.ts`);
  return existsSync(file) ? { file, className } : undefined;
}

/** azure-native's unversioned alias tokens (`azure-native:cache:Redis`) -> the class's own token. */
let aliases;
function azureAliases() {
  if (aliases !== undefined) return aliases;
  aliases = new Map();
  const dir = sdkDir(SDKS["azure-native"]);
  if (!dir) return aliases;
  for (const module of readdirSync(dir, { withFileTypes: true })) {
    if (!module.isDirectory() || module.name === "types" || module.name === "node_modules") continue;
    for (const file of readdirSync(path.join(dir, module.name))) {
      if (!file.endsWith(".js") || file === "index.js") continue;
      const js = readFileSync(path.join(dir, module.name, file), "utf8");
      const own = /static __pulumiType = '([^']+)'/.exec(js);
      if (!own) continue;
      for (const alias of js.matchAll(/\{ type: "(azure-native:[a-z0-9]+:\w+)" \}/gi)) {
        if (alias[1] !== own[1]) aliases.set(alias[1], own[1]);
      }
    }
  }
  return aliases;
}

const parsed = new Map();
function parse(file) {
  let source = parsed.get(file);
  if (source === undefined) {
    source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
    parsed.set(file, source);
  }
  return source;
}

/** Interfaces of a `types/<input|output>.d.ts`, by dotted namespace path (`s3.BucketV2Logging`). */
const namespaceIndexes = new Map();
function namespaceIndex(file) {
  let index = namespaceIndexes.get(file);
  if (index !== undefined) return index;
  index = new Map();
  const visit = (statements, prefix) => {
    for (const statement of statements) {
      if (ts.isModuleDeclaration(statement) && statement.body) {
        const name = `${prefix}${statement.name.text}.`;
        if (ts.isModuleBlock(statement.body)) visit(statement.body.statements, name);
      } else if (ts.isInterfaceDeclaration(statement)) {
        index.set(`${prefix}${statement.name.text}`, statement);
      }
    }
  };
  visit(parse(file).statements, "");
  namespaceIndexes.set(file, index);
  return index;
}

function entityName(name) {
  return ts.isIdentifier(name) ? name.text : `${entityName(name.left)}.${name.right.text}`;
}

/** The property tree of one type node; `sdk` locates `types/`, `stack` guards recursive types. */
function treeOf(node, sdk, stack) {
  if (node === undefined) return true;
  if (stack.length > MAX_DEPTH) return true;
  if (ts.isParenthesizedTypeNode(node)) return treeOf(node.type, sdk, stack);
  if (ts.isUnionTypeNode(node)) {
    let merged;
    for (const member of node.types) {
      const tree = treeOf(member, sdk, stack);
      if (tree === undefined || tree === null) continue;
      merged = merge(merged, tree);
    }
    return merged ?? true;
  }
  if (node.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword)) {
    return undefined;
  }
  if (ts.isArrayTypeNode(node)) return { "[]": treeOf(node.elementType, sdk, stack) ?? true };
  if (ts.isTypeLiteralNode(node)) return membersTree(node.members, sdk, stack);
  if (ts.isTypeReferenceNode(node)) {
    const name = entityName(node.typeName);
    if (name === "pulumi.Input" || name === "pulumi.Output" || name === "Promise") return treeOf(node.typeArguments?.[0], sdk, stack);
    if (name === "Array") return { "[]": treeOf(node.typeArguments?.[0], sdk, stack) ?? true };
    if (name === "Record") return { "*": treeOf(node.typeArguments?.[1], sdk, stack) ?? true };
    const [space, ...rest] = name.split(".");
    if (space === "inputs" || space === "outputs") {
      const qualified = rest.join(".");
      if (stack.includes(`${space}.${qualified}`)) return true;
      const declaration = namespaceIndex(path.join(sdk, "types", `${space === "inputs" ? "input" : "output"}.d.ts`)).get(qualified);
      if (declaration === undefined) return true;
      return membersTree(declaration.members, sdk, [...stack, `${space}.${qualified}`]);
    }
    return true; // enums.*, pulumi.asset.*, ARNs and other leaves
  }
  return true; // string, number, boolean, any, literal types
}

function membersTree(members, sdk, stack) {
  const tree = {};
  for (const member of members) {
    if (ts.isIndexSignatureDeclaration(member)) {
      tree["*"] = merge(tree["*"], treeOf(member.type, sdk, stack) ?? true);
    } else if (ts.isPropertySignature(member) && member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) {
      tree[member.name.text] = merge(tree[member.name.text], treeOf(member.type, sdk, stack) ?? true);
    }
  }
  return tree;
}

/** Union of two trees: a leaf merged with an object stays an object (string | {...} unions). */
function merge(a, b) {
  if (a === undefined || a === true) return b === undefined ? a : b === true && a === undefined ? b : b === true ? a : b;
  if (b === undefined || b === true) return a;
  const out = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = merge(out[key], value);
  return out;
}

function shapesOf(token) {
  const found = declarationFile(token);
  if (!found) return undefined;
  const source = parse(found.file);
  const sdk = sdkDir(SDKS[token.split(":")[0]]);
  let args;
  let outputs;
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === `${found.className}Args`) {
      args = membersTree(statement.members, sdk, []);
    }
    if (ts.isClassDeclaration(statement) && statement.name?.text === found.className) {
      outputs = {};
      for (const member of statement.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        const isReadonly = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword);
        if (ts.isPropertyDeclaration(member) && isReadonly && !isStatic && ts.isIdentifier(member.name)) {
          outputs[member.name.text] = treeOf(member.type, sdk, []) ?? true;
        }
      }
      // Every custom resource has an id and a urn; neither is a declared property of the class.
      outputs.id = true;
    }
  }
  if (args === undefined || outputs === undefined) return undefined;
  return { args, outputs };
}

function versions() {
  const out = {};
  for (const name of Object.values(SDKS)) {
    const dir = sdkDir(name);
    if (!dir) return undefined;
    out[name] = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).version;
  }
  return out;
}

function upToDate(file, fileKey) {
  const current = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
  return current !== undefined && JSON.stringify(current.key) === JSON.stringify(fileKey);
}

function writeShapes() {
  const types = {};
  const unknown = [];
  for (const token of tokens) {
    const shapes = shapesOf(token);
    if (shapes) types[token] = shapes;
    else unknown.push(token);
  }
  writeFileSync(out, `${JSON.stringify({ key, unknownTokens: unknown, types })}\n`);
  console.log(`gen-shapes: ${Object.keys(types).length} resource shapes written (${unknown.length} tokens not in the SDKs).`);
}

// ---------------------------------------------------------------------------------------------
// Tag shapes: for EVERY taggable type (policies/generated/taggable-types.ts), only the tag part of
// both shapes: `tags` and `tagsAll` of the Args (a few AWS Args take `tagsAll`) and of the outputs. Distinct trees are stored once
// (`shapes`), each type names its tree by index, so the file stays small. These are partial
// shapes: test/support/shapes.ts allows only tag reads on a type that has no full shape.
// ---------------------------------------------------------------------------------------------

/** The taggable tokens, from the generated list gen-taggable.mjs writes just before this runs. */
function taggableTypes() {
  const file = path.join(root, "policies", "generated", "taggable-types.ts");
  return [...readFileSync(file, "utf8").matchAll(/^ {2}"([^"]+)",$/gm)].map((match) => match[1]);
}

/**
 * Token -> declaration file and class, found the way gen-taggable.mjs finds taggable types (the
 * class's `__pulumiType` and azure-native alias tokens in the sibling .js), so every listed type is
 * found even where the file name does not follow the token (`aws:kendra/index:Index` is `index_.d.ts`).
 */
let classIndex;
function classFiles() {
  if (classIndex !== undefined) return classIndex;
  classIndex = new Map();
  const walk = function* (dir) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "types" && entry.name !== "node_modules" && !/^v\d{8}/.test(entry.name)) yield* walk(full);
      } else if (entry.name.endsWith(".d.ts") && entry.name !== "index.d.ts") yield full;
    }
  };
  for (const name of Object.values(SDKS)) {
    for (const file of walk(sdkDir(name))) {
      const className = /export declare class (\w+) extends pulumi\.CustomResource/.exec(readFileSync(file, "utf8"))?.[1];
      if (className === undefined) continue;
      const js = readFileSync(file.replace(/\.d\.ts$/, ".js"), "utf8");
      const token = /static __pulumiType = '([^']+)'/.exec(js)?.[1];
      if (token === undefined) continue;
      const tagged = /\n {4}tags\?: pulumi\.Input</.test(readFileSync(file, "utf8"));
      for (const alias of [token, ...[...js.matchAll(/\{ type: "(azure-native:[a-z0-9]+:\w+)" \}/gi)].map((m) => m[1])]) {
        // An alias several classes list resolves to one whose Args take tags, as gen-taggable.mjs decides.
        const known = classIndex.get(alias);
        if (known === undefined || alias === token || (!known.own && !known.tagged && tagged)) {
          classIndex.set(alias, { file, className, own: alias === token, tagged });
        }
      }
    }
  }
  return classIndex;
}

function tagShapesOf(token) {
  const found = classFiles().get(token);
  if (!found) return undefined;
  const sdk = sdkDir(SDKS[token.split(":")[0]]);
  const args = {};
  const outputs = {};
  for (const statement of parse(found.file).statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === `${found.className}Args`) {
      for (const member of statement.members) {
        if (
          ts.isPropertySignature(member) &&
          ts.isIdentifier(member.name) &&
          (member.name.text === "tags" || member.name.text === "tagsAll")
        ) {
          args[member.name.text] = treeOf(member.type, sdk, []) ?? true;
        }
      }
    }
    if (ts.isClassDeclaration(statement) && statement.name?.text === found.className) {
      for (const member of statement.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        const isReadonly = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword);
        if (ts.isPropertyDeclaration(member) && isReadonly && !isStatic && ts.isIdentifier(member.name)) {
          if (member.name.text === "tags" || member.name.text === "tagsAll")
            outputs[member.name.text] = treeOf(member.type, sdk, []) ?? true;
        }
      }
    }
  }
  return { args, outputs };
}

function writeTagShapes() {
  const shapes = [];
  const index = new Map();
  const types = {};
  const unknown = [];
  for (const token of taggableTypes()) {
    const shape = tagShapesOf(token);
    if (shape === undefined) {
      unknown.push(token);
      continue;
    }
    const text = JSON.stringify(shape);
    if (!index.has(text)) {
      index.set(text, shapes.length);
      shapes.push(shape);
    }
    types[token] = index.get(text);
  }
  writeFileSync(tagOut, `${JSON.stringify({ key: tagKey, partial: ["tags", "tagsAll"], unknownTokens: unknown, shapes, types })}\n`);
  console.log(
    `gen-shapes: tag shapes of ${Object.keys(types).length} taggable types written (${shapes.length} distinct, ${unknown.length} not found).`,
  );
}

// Runs last: the functions above use module-level caches declared after them.
const sdkVersions = versions();
const tokens = tokensInUse();
const generatorHash = createHash("sha256")
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest("hex")
  .slice(0, 16);
const key = {
  versions: sdkVersions,
  generator: generatorHash,
  tokens: createHash("sha256").update(tokens.join("\n")).digest("hex").slice(0, 16),
};
if (sdkVersions === undefined) {
  if (!existsSync(out) || !existsSync(tagOut)) {
    console.error("gen-shapes: the provider SDKs are not installed and no generated shapes exist; run npm install.");
    process.exit(1);
  }
  console.error("gen-shapes: provider SDKs not installed; keeping the checked-in shapes.");
  process.exit(0);
}
const tagKey = {
  versions: sdkVersions,
  generator: generatorHash,
  tokens: createHash("sha256").update(taggableTypes().join("\n")).digest("hex").slice(0, 16),
};
const stale = [
  ...(upToDate(out, key) ? [] : [{ file: out, write: () => writeShapes() }]),
  ...(upToDate(tagOut, tagKey) ? [] : [{ file: tagOut, write: () => writeTagShapes() }]),
];
if (stale.length === 0) {
  console.log("gen-shapes: resource shapes and tag shapes up to date.");
  process.exit(0);
}
if (process.argv.includes("--check")) {
  for (const { file } of stale) console.error(`gen-shapes: ${path.relative(root, file)} is stale; run npm run build and commit it.`);
  process.exit(1);
}
mkdirSync(path.dirname(out), { recursive: true });
for (const { write } of stale) write();
