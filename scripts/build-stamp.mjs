#!/usr/bin/env node
// `write`: the last step of `npm run build`, records that dist/ is current (dist/.build-stamp).
// `ensure`: runs `npm run build` only when dist/ is missing or some source changed since the stamp,
// so `npm start`, `npm run docs` and the like do not spend 13 s rebuilding a current dist/.
// Sources are everything the build reads from the project: the TypeScript trees, the map and its
// schema, the build scripts, package.json, the lock (it fixes the provider SDKs that the taggable
// table is generated from) and tsconfig.json.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const STAMP = path.join(root, "dist", ".build-stamp");
const OUTPUTS = ["dist/policies/pack.js", "dist/cli/main.js"];
const SOURCE_DIRS = ["policies", "cli", "responsibility-map", "scripts"];
const SOURCE_FILES = ["package.json", "package-lock.json", "tsconfig.json"];

/** The first source file changed after `since` (ms), or undefined. */
function changedSince(since) {
  const pending = SOURCE_DIRS.map((dir) => path.join(root, dir)).filter((dir) => existsSync(dir));
  for (const file of SOURCE_FILES) {
    const full = path.join(root, file);
    if (existsSync(full) && statSync(full).mtimeMs > since) return full;
  }
  while (pending.length > 0) {
    const dir = pending.pop();
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile() && statSync(full).mtimeMs > since) return full;
    }
  }
  return undefined;
}

/** Why dist/ must be rebuilt, or undefined when it is current. */
function staleReason() {
  if (!existsSync(STAMP)) return "dist/ was not built yet";
  const missing = OUTPUTS.find((output) => !existsSync(path.join(root, output)));
  if (missing) return `${missing} is missing`;
  const changed = changedSince(statSync(STAMP).mtimeMs);
  return changed ? `${path.relative(root, changed)} changed since the last build` : undefined;
}

const mode = process.argv[2];
if (mode === "write") {
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
} else if (mode === "ensure") {
  const reason = staleReason();
  if (reason !== undefined) {
    console.error(`build-stamp: building, because ${reason}.`);
    const result = spawnSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
    if (result.error) throw result.error;
    process.exit(result.status ?? 1);
  }
} else {
  console.error("usage: node scripts/build-stamp.mjs write|ensure");
  process.exit(2);
}
