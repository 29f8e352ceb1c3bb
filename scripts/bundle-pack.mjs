// Bundles the pack entry and everything it imports from this project into one file,
// dist/policies/pack.js (package.json `main`), replacing tsc's output of the entry. Pulumi starts the
// pack on every preview: loading ~200 compiled modules one by one cost about 100 ms of each start
// (docs/performance.md). The small libraries it uses are bundled too (`yaml` alone is 72 modules);
// @pulumi packages stay external, so @pulumi/policy is the one the engine launcher resolves, and
// provider SDKs (imported for types only) are never loaded. tsc still type-checks and compiles every
// module for the CLI and the tests.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
await build({
  entryPoints: [path.join(root, "policies", "pack.ts")],
  outfile: path.join(root, "dist", "policies", "pack.js"),
  bundle: true,
  platform: "node",
  target: "node22",
  format: "cjs",
  external: ["@pulumi/*"],
  sourcemap: true,
  logLevel: "warning",
});
console.log("bundle-pack: dist/policies/pack.js written.");
