/**
 * The pack as Pulumi publishes and installs it. `pulumi policy publish` runs `npm pack` in the pack
 * directory; a machine that runs the published pack extracts the tarball and runs
 * `npm install --loglevel=error` there (pulumi/pulumi pkg/backend/httpstate/policypack.go
 * installRequiredPolicy, sdk/nodejs/npm/npm.go). The pack is made from a copy of the working tree,
 * so its build (prepack) never rewrites the dist/ other tests are running.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { PACK_DIR } from "./harness";

function npm(args: readonly string[], cwd: string): string {
  const result = spawnSync("npm", args, { cwd, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`npm ${args.join(" ")} failed in ${cwd} (exit ${result.status}):\n${result.stderr}`);
  return result.stdout;
}

/** Packs the working tree as `pulumi policy publish` would, and returns the tarball's path. */
export function packWorkingTree(): string {
  const work = mkdtempSync(path.join(tmpdir(), "published-pack-"));
  const copy = path.join(work, "source");
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: PACK_DIR, encoding: "utf8" })
    .split("\0")
    .filter((file) => file !== "");
  for (const file of files) {
    const from = path.join(PACK_DIR, file);
    // A file deleted but not yet committed is still listed.
    try {
      statSync(from);
    } catch {
      continue;
    }
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    cpSync(from, path.join(copy, file));
  }
  symlinkSync(path.join(PACK_DIR, "node_modules"), path.join(copy, "node_modules"));
  const tarball = npm(["pack", "--loglevel=error", "--pack-destination", work], copy).trim().split("\n").pop() ?? "";
  return path.join(work, tarball);
}

export interface Installed {
  readonly dir: string;
  readonly installMs: number;
  /** Sum of the file sizes under node_modules. */
  readonly bytes: number;
  /** What the file system allocates for them (`du`), which counts every small file as a whole block. */
  readonly diskBytes: number;
}

function sizes(dir: string): { bytes: number; diskBytes: number } {
  let bytes = 0;
  let diskBytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const stat = statSync(path.join(entry.parentPath, entry.name));
    bytes += stat.size;
    diskBytes += stat.blocks * 512;
  }
  return { bytes, diskBytes };
}

/** Extracts the tarball into a new folder and installs it there the way the Pulumi CLI does. */
export function installAsPulumiDoes(tarball: string): Installed {
  const root = mkdtempSync(path.join(tmpdir(), "installed-pack-"));
  execFileSync("tar", ["-xzf", tarball, "-C", root]);
  const dir = path.join(root, "package");
  const start = performance.now();
  npm(["install", "--loglevel=error"], dir);
  const installMs = performance.now() - start;
  return { dir, installMs, ...sizes(path.join(dir, "node_modules")) };
}
