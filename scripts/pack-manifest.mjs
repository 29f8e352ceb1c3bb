#!/usr/bin/env node
// The package.json a published pack is installed with. `pulumi policy publish` runs `npm pack` here,
// and every machine that runs the published pack runs `npm install --loglevel=error` in the extracted
// tarball (pulumi/pulumi pkg/backend/httpstate/policypack.go installRequiredPolicy,
// sdk/nodejs/npm/npm.go). With this project's own package.json that install pulled every
// devDependency and ran `prepare` (a full build). So `prepack` (after building dist/) stores the
// manifest aside and writes one without devDependencies and lifecycle scripts, and `postpack` puts
// the original back, as pinst and clean-publish do. It also ships npm-shrinkwrap.json (which npm always
// packs, and installs by, unlike package-lock.json): the production part of package-lock.json, so
// every machine installs the dependency tree this project was tested with, and takes each tarball
// straight from its cache by integrity instead of first asking the registry for ~230 package
// documents (most of a warm install's time).
//   node scripts/pack-manifest.mjs strip    (prepack)
//   node scripts/pack-manifest.mjs restore  (postpack)
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifest = path.join(root, "package.json");
const saved = path.join(root, "package.json.prepack");
const lock = path.join(root, "package-lock.json");
const shrinkwrap = path.join(root, "npm-shrinkwrap.json");
const REGISTRY = "https://registry.npmjs.org/";

function restore() {
  if (existsSync(saved)) renameSync(saved, manifest);
  rmSync(shrinkwrap, { force: true });
}

/**
 * The lock without devDependencies. `resolved` is the registry's tarball address, as npm itself
 * writes it (npm maps it onto a configured registry); this machine's npm config leaves it out of
 * package-lock.json, and without it npm fetches each package document to find the tarball.
 */
function productionLock(published) {
  const full = JSON.parse(readFileSync(lock, "utf8"));
  const packages = { "": { ...full.packages[""], dependencies: published.dependencies } };
  delete packages[""].devDependencies;
  for (const [key, entry] of Object.entries(full.packages)) {
    // devOptional: needed only with dev dependencies (an optional peer that a dev dependency fills).
    if (key === "" || entry.dev || entry.devOptional) continue;
    const name = key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);
    const base = name.slice(name.lastIndexOf("/") + 1);
    packages[key] = { resolved: `${REGISTRY}${name}/-/${base}-${entry.version}.tgz`, ...entry };
  }
  return { ...full, packages };
}

const mode = process.argv[2];
if (mode === "strip") {
  // A pack interrupted before postpack left the stripped manifest in place: start from the original.
  restore();
  const text = readFileSync(manifest, "utf8");
  const { devDependencies: _dev, scripts: _scripts, ...published } = JSON.parse(text);
  writeFileSync(saved, text);
  writeFileSync(shrinkwrap, `${JSON.stringify(productionLock(published), null, 2)}\n`);
  writeFileSync(manifest, `${JSON.stringify(published, null, 2)}\n`);
} else if (mode === "restore") {
  restore();
} else {
  console.error("usage: node scripts/pack-manifest.mjs strip|restore");
  process.exit(2);
}
