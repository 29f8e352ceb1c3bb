import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESOURCE_DISPATCHER, STACK_DISPATCHER } from "../../policies/adapter";
import { RULES } from "../../policies/registry";
import { EngineHarness, launcherOf } from "./harness";
import { type Installed, installAsPulumiDoes, packWorkingTree } from "./published";

// Packs this working tree (prepack builds it), installs the tarball as the Pulumi CLI does (warm
// npm cache; the registry is reachable in CI) and starts the installed pack through its own launcher.
let tarball: string;
let installed: Installed;
let engine: EngineHarness | undefined;
beforeAll(() => {
  tarball = packWorkingTree();
  installed = installAsPulumiDoes(tarball);
}, 300_000);
afterAll(async () => {
  await engine?.stop();
  // The packed copy of the tree and the installed pack (about 115 MB).
  if (tarball) rmSync(path.dirname(tarball), { recursive: true, force: true });
  if (installed) rmSync(path.dirname(installed.dir), { recursive: true, force: true });
});

describe("the published pack", () => {
  it("holds what the pack and the CLI run, and no sources, tests or examples", () => {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
    for (const needed of [
      "package/package.json",
      "package/PulumiPolicy.yaml",
      "package/README.md",
      "package/LICENSE",
      "package/npm-shrinkwrap.json",
      "package/dist/policies/pack.js",
      "package/dist/cli/main.js",
      "package/responsibility-map/map.yaml",
      "package/responsibility-map/schema.json",
      "package/responsibility-map/generated/validate-map.js",
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.filter((file) => /\.ts$|\.map$|^package\/(test|examples|scripts|policies|cli)\//.test(file))).toEqual([]);
    expect(readFileSync(path.join(installed.dir, "LICENSE"), "utf8")).toContain("Apache License\n                           Version 2.0");
  });

  it("installs without devDependencies and without building", () => {
    const manifest = JSON.parse(readFileSync(path.join(installed.dir, "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest["devDependencies"]).toBeUndefined();
    expect(manifest["scripts"]).toBeUndefined();
    for (const dev of ["typescript", "vitest", "esbuild", "@biomejs/biome", "@pulumi/aws", "@pulumi/azure-native"]) {
      expect(existsSync(path.join(installed.dir, "node_modules", dev)), dev).toBe(false);
    }
    expect(existsSync(path.join(installed.dir, "dist", ".build-stamp"))).toBe(false);
  });

  it("starts through its own launcher and answers the engine with every current rule", async () => {
    expect(launcherOf(installed.dir).startsWith(path.join(installed.dir, "node_modules"))).toBe(true);
    engine = await EngineHarness.start({ packDir: installed.dir });
    const info = await engine.info();
    expect(info.name).toBe("shared-responsibility");
    expect(info.policies.map((policy) => policy.name).sort()).toEqual(
      [RESOURCE_DISPATCHER, STACK_DISPATCHER, ...RULES.map((r) => r.name)].sort(),
    );
    await engine.configure({});
    const result = await engine.analyze({
      type: "aws:efs/fileSystem:FileSystem",
      name: "data",
      props: { encrypted: false, tags: { owner: "diego.alvarez" } },
    });
    const encryption = result.diagnostics.filter((d) => d.policyName === "aws-efs-filesystem-require-encryption");
    expect(encryption.map((d) => d.enforcementLevel)).toEqual(["mandatory"]);
    expect(encryption[0]?.message).toContain("Owner: Diego Alvarez <diego.alvarez@northwind.example>.");
    const stack = await engine.analyzeStack([
      { type: "aws:s3/bucketV2:BucketV2", name: "plain", props: { bucket: "plain-1", tags: { owner: "diego.alvarez" } } },
    ]);
    expect(stack.diagnostics.filter((d) => d.policyName === "aws-s3-bucket-require-encryption")).toHaveLength(1);
  });

  it("runs the installed CLI", () => {
    const out = execFileSync(process.execPath, [path.join(installed.dir, "dist", "cli", "main.js"), "map", "check"], {
      cwd: installed.dir,
      encoding: "utf8",
    });
    expect(out).toMatch(/^OK .*responsibility-map\/map\.yaml: \d+ people/);
  });
});
