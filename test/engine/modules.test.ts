import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { expect, it } from "vitest";
import { EngineHarness, PACK_DIR } from "./harness";

const RECORDER = path.join(PACK_DIR, "test", "cli", "process", "record-modules.cjs");

it("the pack process loads no module of @pulumi/aws or @pulumi/azure-native, and of this project only the bundled entry", async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sr-modules-")), "modules.json");
  const engine = await EngineHarness.start({ env: { NODE_OPTIONS: `--require ${RECORDER}`, RECORD_MODULES: file } });
  try {
    await engine.configure({});
    await engine.analyze({ type: "aws:s3/bucket:Bucket", name: "b", props: { bucket: "b", tags: { owner: "diego.alvarez" } } });
    await engine.analyzeStack([
      { type: "aws:s3/bucket:Bucket", name: "b", props: { bucket: "b", tags: { owner: "diego.alvarez" } } },
      { type: "azure-native:storage:StorageAccount", name: "sa", props: { kind: "StorageV2", tags: { owner: "mei.chen" } } },
    ]);
  } finally {
    await engine.stop();
  }
  const modules = JSON.parse(readFileSync(file, "utf8")) as string[];
  // The recorder saw the pack itself, so an empty list cannot pass this test by accident.
  expect(modules.some((m) => m.endsWith(path.join("dist", "policies", "pack.js")))).toBe(true);
  expect(modules.filter((m) => /node_modules[\\/]@pulumi[\\/](aws|azure-native)[\\/]/.test(m))).toEqual([]);
  // scripts/bundle-pack.mjs puts every module of the project the pack needs into its entry: loading
  // them one by one cost about 100 ms of every start.
  // (@pulumi/policy also requires the pack's package.json, and the recorder is this test's own.)
  const own = modules.filter((m) => m.startsWith(PACK_DIR) && !m.includes(`${path.sep}node_modules${path.sep}`) && m.endsWith(".js"));
  expect(own).toEqual([path.join(PACK_DIR, "dist", "policies", "pack.js")]);
});
