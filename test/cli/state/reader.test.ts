import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../cli/errors";
import { expandStatePaths, readStateFile } from "../../../cli/state/reader";
import { OpaqueSecret } from "../../../cli/state/values";
import {
  awsProvider,
  checkpoint,
  ciphertext,
  type Entry,
  plaintext,
  providerRef,
  SIG,
  STACK_URN,
  stackEntry,
  stackExport,
  tempDir,
  urn,
  volume,
  writeJson,
} from "../support/state";

function read(value: unknown, name = "state.json") {
  return readStateFile(writeJson(tempDir(), name, value));
}

function readError(value: unknown, name = "state.json"): string {
  const file = writeJson(tempDir(), name, value);
  try {
    readStateFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message.startsWith(`${file}: `)).toBe(true);
    return message.slice(file.length + 2);
  }
  throw new Error("expected the file to be rejected");
}

describe("stack export (version 3)", () => {
  const provider = awsProvider("default_7_48_0", { owner: "mei.chen", team: "platform" });
  const explicit = awsProvider("eu", { owner: "lena.fischer" }, "prov-eu");
  const state = read(
    stackExport([
      stackEntry(),
      provider,
      explicit,
      volume("data", {}, { provider: providerRef(provider), propertyDependencies: { kmsKeyId: [urn("aws:kms/key:Key", "k")] } }),
      volume("logs", { tags: {} }, { provider: providerRef(explicit) }),
      {
        urn: urn("azure-native:storage/v20230101:StorageAccount", "acct"),
        type: "azure-native:storage/v20230101:StorageAccount",
        custom: true,
        id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct",
        outputs: { enableHttpsTrafficOnly: true },
      },
      { urn: urn("my:component:Thing", "c"), type: "my:component:Thing", custom: false },
    ]),
  );

  it("builds one view per live custom resource, skipping the stack, providers and components", () => {
    expect(state.format).toBe("stack-export");
    expect(state.version).toBe(3);
    expect(state.stack).toBe("shop/dev");
    expect(state.resourceCount).toBe(7);
    expect(state.providerCount).toBe(2);
    expect(state.componentCount).toBe(1);
    expect(state.resources.map((view) => view.urn)).toEqual([
      urn("aws:ebs/volume:Volume", "data"),
      urn("aws:ebs/volume:Volume", "logs"),
      urn("azure-native:storage/v20230101:StorageAccount", "acct"),
    ]);
  });

  it("reads outputs, strips internal keys and keeps id and propertyDependencies", () => {
    const [data] = state.resources;
    expect(data).toMatchObject({ type: "aws:ebs/volume:Volume", name: "data", id: "vol-data" });
    expect(data?.props).toEqual({ availabilityZone: "eu-west-1a", size: 10, encrypted: true, tags: { owner: "diego.alvarez" } });
    expect(data?.propertyDependencies).toEqual({ kmsKeyId: [urn("aws:kms/key:Key", "k")] });
  });

  it("resolves default and explicit providers to their inputs, defaultTags kept as the JSON string", () => {
    const [data, logs] = state.resources;
    expect(data?.provider).toEqual({
      type: "pulumi:providers:aws",
      props: { region: "eu-west-1", version: "7.48.0", defaultTags: JSON.stringify({ tags: { owner: "mei.chen", team: "platform" } }) },
    });
    expect(logs?.provider?.props["defaultTags"]).toBe(JSON.stringify({ tags: { owner: "lena.fischer" } }));
  });

  it("canonicalises versioned azure-native tokens", () => {
    expect(state.resources[2]?.type).toBe("azure-native:storage:StorageAccount");
  });

  it("warns when a provider reference points at nothing", () => {
    const result = read(stackExport([volume("v", {}, { provider: "urn:pulumi:dev::shop::pulumi:providers:aws::gone::id" })]));
    expect(result.resources[0]?.provider).toBeUndefined();
    expect(result.warnings.join("\n")).toContain("refers to provider urn:pulumi:dev::shop::pulumi:providers:aws::gone::id");
  });
});

describe("checkpoint files across versions", () => {
  it("reads a version 3 checkpoint and takes the stack name from it", () => {
    const state = read(checkpoint([stackEntry(), volume("a")]));
    expect(state).toMatchObject({ format: "checkpoint", version: 3, stack: "acme/shop/dev", deployed: true });
    expect(state.resources).toHaveLength(1);
  });

  it("reads a version 1 checkpoint", () => {
    expect(read(checkpoint([volume("a")], 1)).resources).toHaveLength(1);
  });

  it("reads a version 4 stack export with features", () => {
    const state = read({ version: 4, features: ["refBeforeResource"], deployment: { resources: [volume("a")] } });
    expect(state).toMatchObject({ version: 4, features: ["refBeforeResource"], warnings: [] });
    expect(state.resources).toHaveLength(1);
  });

  it("warns about a version 4 feature it does not know", () => {
    const state = read({ version: 4, features: ["somethingNew"], deployment: { resources: [volume("a")] } });
    expect(state.warnings.join("\n")).toContain('feature "somethingNew"');
  });

  it("reads the unversioned oldest form: target, and inputs plus defaults when outputs are absent", () => {
    const state = read({
      target: "production",
      config: {},
      latest: {
        manifest: { time: "2018-01-01T00:00:00Z" },
        resources: [
          {
            urn: "urn:pulumi:production::shop::aws:ebs/volume:Volume::old",
            custom: true,
            id: "vol-old",
            type: "aws:ebs/volume:Volume",
            inputs: { size: 10, tags: { owner: "diego.alvarez" } },
            defaults: { encrypted: false, size: 8 },
          },
        ],
      },
    });
    expect(state).toMatchObject({ version: 0, format: "checkpoint", stack: "production" });
    expect(state.resources[0]?.props).toEqual({ encrypted: false, size: 10, tags: { owner: "diego.alvarez" } });
  });

  it("reports a stack that was never deployed (no latest) without failing", () => {
    const state = read(checkpoint(undefined));
    expect(state).toMatchObject({ deployed: false, resources: [], stack: "acme/shop/dev" });
    expect(state.warnings.join("\n")).toContain("has never been deployed");
  });

  it("reports a destroyed stack (no resources)", () => {
    for (const value of [checkpoint([]), { version: 3, checkpoint: { stack: "s", latest: { manifest: {} } } }]) {
      const state = read(value);
      expect(state).toMatchObject({ deployed: true, resources: [] });
      expect(state.warnings.join("\n")).toContain("no resources");
    }
  });

  it("reads a gzip-compressed checkpoint", () => {
    const file = path.join(tempDir(), "dev.json.gz");
    writeFileSync(file, gzipSync(JSON.stringify(checkpoint([volume("a")]))));
    expect(readStateFile(file).resources).toHaveLength(1);
  });
});

describe("resource states", () => {
  it("falls back to inputs when a resource has no outputs", () => {
    const entry: Entry = {
      urn: urn("aws:ebs/volume:Volume", "x"),
      type: "aws:ebs/volume:Volume",
      custom: true,
      inputs: { encrypted: false },
    };
    expect(read(stackExport([entry])).resources[0]?.props).toEqual({ encrypted: false });
  });

  it("reports pending operations without failing", () => {
    const state = read(
      stackExport([volume("a")], {
        pending_operations: [{ resource: { urn: urn("aws:ebs/volume:Volume", "b"), type: "aws:ebs/volume:Volume" }, type: "creating" }],
      }),
    );
    expect(state.pendingOperations).toEqual([{ type: "creating", urn: urn("aws:ebs/volume:Volume", "b") }]);
    expect(state.warnings.join("\n")).toContain(
      "1 pending operation from an interrupted update (creating urn:pulumi:dev::shop::aws:ebs/volume:Volume::b)",
    );
  });

  it("lists resources pending deletion or replacement and leaves them out of the audit", () => {
    const state = read(
      stackExport([
        volume("a", { encrypted: false }, { delete: true }),
        volume("a"),
        volume("b", { encrypted: false }, { pendingReplacement: true }),
      ]),
    );
    expect(state.resources.map((view) => view.name)).toEqual(["a"]);
    expect(state.resources[0]?.props["encrypted"]).toBe(true);
    expect(state.pendingDeletion).toEqual([{ urn: urn("aws:ebs/volume:Volume", "a"), type: "aws:ebs/volume:Volume", name: "a" }]);
    expect(state.pendingReplacement.map((ref) => ref.name)).toEqual(["b"]);
  });

  it("keeps external (read) resources for joins and marks them", () => {
    const state = read(stackExport([volume("shared", {}, { external: true })]));
    expect(state.resources).toHaveLength(1);
    expect([...state.external]).toEqual([urn("aws:ebs/volume:Volume", "shared")]);
  });
});

describe("property values", () => {
  const state = read(
    stackExport([
      volume("v", {
        kmsKeyId: ciphertext(),
        tags: plaintext({ owner: "diego.alvarez", token: "canary-plain" }),
        snapshotId: {
          [SIG]: "5cf8f73096256a8f31e491e813e4eb8e",
          urn: urn("aws:ebs/snapshot:Snapshot", "s"),
          id: "snap-1",
          packageVersion: "7.48.0",
        },
        parentRef: { [SIG]: "5cf8f73096256a8f31e491e813e4eb8e", urn: urn("my:component:Thing", "c") },
        code: {
          [SIG]: "0def7320c3a5731c473e5ecbe6d01bc7",
          hash: "h1",
          assets: { "index.js": { [SIG]: "c44067f5952c0a294b673a41bacd8c17", hash: "h2", text: "x" } },
        },
        file: { [SIG]: "c44067f5952c0a294b673a41bacd8c17", hash: "h3", path: "./a.txt" },
        nested: { list: [ciphertext(), { __defaults: ["a"], a: 1 }] },
      }),
    ]),
  );
  const props = state.resources[0]?.props ?? {};

  it("keeps ciphertext secrets opaque", () => {
    expect(props["kmsKeyId"]).toBe(OpaqueSecret.instance);
    expect(JSON.stringify(props["kmsKeyId"])).toBe('"[secret]"');
    expect(JSON.stringify(props)).not.toContain("c2VjcmV0");
  });

  it("parses plaintext secrets and remembers their values for scrubbing", () => {
    expect(props["tags"]).toEqual({ owner: "diego.alvarez", token: "canary-plain" });
    expect([...state.secrets].sort()).toEqual(["canary-plain", "diego.alvarez"]);
  });

  it("turns resource references into the id, or the URN of a component", () => {
    expect(props["snapshotId"]).toBe("snap-1");
    expect(props["parentRef"]).toBe(urn("my:component:Thing", "c"));
  });

  it("turns assets and archives into plain objects", () => {
    expect(props["code"]).toEqual({ hash: "h1", assets: { "index.js": { hash: "h2", text: "x" } } });
    expect(props["file"]).toEqual({ hash: "h3", path: "./a.txt" });
  });

  it("strips __defaults at any depth", () => {
    expect(props["nested"]).toEqual({ list: [OpaqueSecret.instance, { a: 1 }] });
  });
});

describe("paths", () => {
  it("walks a directory for state files, skipping update-history records", () => {
    const dir = tempDir();
    const a = writeJson(dir, "stacks/shop/dev.json", checkpoint([volume("a")]));
    writeJson(dir, "history/shop/dev/dev-1700000000.history.json", { kind: "update", startTime: 1 });
    const b = writeJson(dir, "history/shop/dev/dev-1700000000.checkpoint.json", checkpoint([volume("a")]));
    writeJson(dir, "notes.txt", "hello");
    expect(expandStatePaths([dir]).files).toEqual([a, b]);
  });

  it("reads a local backend's .pulumi folder: stacks, history checkpoints and backups, not locks", () => {
    const dir = tempDir();
    const stack = writeJson(dir, ".pulumi/stacks/shop/dev.json", checkpoint([volume("a")]));
    const history = writeJson(dir, ".pulumi/history/shop/dev/dev-1700000000000000000.checkpoint.json", checkpoint([volume("a")]));
    writeJson(dir, ".pulumi/history/shop/dev/dev-1700000000000000000.history.json", { kind: "update", startTime: 1 });
    const backup = writeJson(dir, ".pulumi/backups/shop/dev/dev.1700000000000000000.json", checkpoint([volume("a")]));
    writeJson(dir, ".pulumi/locks/shop/dev/5c1e0e0e.json", { pid: 1, username: "u", hostname: "h", timestamp: "t" });
    writeJson(dir, ".pulumi/meta.yaml", "version: 1\n");
    const { files } = expandStatePaths([path.join(dir, ".pulumi")]);
    expect(files).toEqual([stack, backup, history]);
    for (const file of files) expect(readStateFile(file).resources).toHaveLength(1);
  });

  it("rejects an empty directory and a missing path", () => {
    const dir = tempDir();
    expect(() => expandStatePaths([dir])).toThrow(`${dir}: the directory holds no state files (*.json or *.json.gz)`);
    expect(() => expandStatePaths([path.join(dir, "nope.json")])).toThrow("nope.json: no such file or directory");
  });
});

describe("rejected input", () => {
  const expected =
    'expected Pulumi state: `pulumi stack export` output ({"version": 3, "deployment": {...}}) or a local-backend checkpoint ({"version": 3, "checkpoint": {"stack": ..., "latest": {...}}})';
  it.each<[string, unknown, string]>([
    ["an empty file", "", `the file is empty; ${expected}`],
    ["invalid JSON", '{\n  "version": 3,\n  oops\n}', `not valid JSON at line 3, column 3; ${expected}`],
    ["a JSON array", [], `${expected}; found an array`],
    ["an unrelated object", { name: "package" }, expected],
    [
      "an unsupported version",
      { version: 9, deployment: {} },
      "version: expected one of 1, 2, 3, 4 (the state versions Pulumi has written), found number 9",
    ],
    ["version without a body", { version: 3 }, `has "version" but neither "deployment" nor "checkpoint"; ${expected}`],
    [
      "a deployment that is not an object",
      { version: 3, deployment: [] },
      'deployment: expected an object with "resources", found an array',
    ],
    [
      "resources that are not a list",
      { version: 3, deployment: { resources: {} } },
      "deployment.resources: expected a list of resources, found an object",
    ],
    [
      "a resource without a URN",
      stackExport([stackEntry(), { type: "aws:ebs/volume:Volume" } as Entry]),
      'deployment.resources[1].urn: expected the resource URN as a string ("urn:pulumi:<stack>::<project>::<type>::<name>"), found nothing',
    ],
    [
      "a malformed URN",
      stackExport([{ urn: "arn:aws:x", type: "t" }]),
      'deployment.resources[0].urn: expected a URN of the form "urn:pulumi:<stack>::<project>::<type>::<name>"',
    ],
    [
      "a resource that is not an object",
      checkpoint([STACK_URN as unknown as Entry]),
      'checkpoint.latest.resources[0]: expected a resource object with "urn" and "type", found a string',
    ],
    [
      "a non-boolean flag",
      stackExport([volume("a", {}, { delete: "yes" as unknown as boolean })]),
      'deployment.resources[0].delete: expected true or false, found the string "yes"',
    ],
    [
      "outputs that are not an object",
      stackExport([volume("a", {}, { outputs: [] as unknown as Record<string, unknown> })]),
      "deployment.resources[0].outputs: expected an object of properties",
    ],
    [
      "an unknown special value",
      stackExport([volume("a", { weird: { [SIG]: "nope" } })]),
      'deployment.resources[0].outputs.weird: expected a known special value, not one with signature "nope"',
    ],
    [
      "a bad value deep in a property",
      stackExport([volume("a", { rules: [{ ok: 1 }, { "odd key": { [SIG]: "1b47061264138c4ac30d75fd1eb44270" } }] })]),
      'deployment.resources[0].outputs.rules[1]["odd key"]: expected a secret with "ciphertext" or "plaintext"',
    ],
    [
      "an update-history record",
      { kind: "update", startTime: 1, result: "succeeded" },
      "is an update-history record (it lists an update, not resources); the .checkpoint.json file beside it holds the state",
    ],
    [
      "a checkpoint that is not an object",
      { version: 3, checkpoint: "x" },
      'checkpoint: expected an object with "stack" and "latest", found the string "x"',
    ],
  ])("rejects %s", (_title, value, message) => {
    expect(readError(value)).toBe(message);
  });
});
