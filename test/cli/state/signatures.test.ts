/**
 * The reader's special-value signatures against @pulumi/pulumi's own (`runtime/rpc.js`), and the
 * reader against values that Pulumi's runtime itself serialises (assets, archives, secrets,
 * resource references) under the SDK's mocks.
 */
import * as pulumi from "@pulumi/pulumi";
import * as rpc from "@pulumi/pulumi/runtime/rpc";
import { beforeAll, describe, expect, it } from "vitest";
import { auditStates } from "../../../cli/audit/run";
import { readStateFile } from "../../../cli/state/reader";
import * as values from "../../../cli/state/values";
import { MAP, NOW, STACK_URN, stackEntry, stackExport, tempDir, urn, writeJson } from "../support/state";

describe("special-value signatures", () => {
  it.each([
    ["SIG_KEY", values.SIG_KEY, rpc.specialSigKey],
    ["SECRET_SIG", values.SECRET_SIG, rpc.specialSecretSig],
    ["RESOURCE_REF_SIG", values.RESOURCE_REF_SIG, rpc.specialResourceSig],
    ["ASSET_SIG", values.ASSET_SIG, rpc.specialAssetSig],
    ["ARCHIVE_SIG", values.ARCHIVE_SIG, rpc.specialArchiveSig],
    ["OUTPUT_SIG", values.OUTPUT_SIG, rpc.specialOutputValueSig],
  ])("%s is @pulumi/pulumi's", (_name, ours, theirs) => {
    expect(ours).toBe(theirs);
  });
});

class Bucket extends pulumi.CustomResource {
  constructor(name: string) {
    super("aws:s3/bucket:Bucket", name, {}, {});
  }
}

/** What Pulumi's runtime writes for a value (the form the engine stores in state). */
async function serialise(value: unknown): Promise<unknown> {
  return rpc.serializeProperty("test", value as pulumi.Input<unknown>, new Set(), { keepOutputValues: false });
}

describe("values serialised by Pulumi's runtime", () => {
  let serialised: Record<string, unknown> = {};
  beforeAll(async () => {
    await pulumi.runtime.setMocks(
      { newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }), call: (args) => args.inputs },
      "shop",
      "dev",
      false,
    );
    const entries: [string, unknown][] = [
      ["fileArchive", new pulumi.asset.FileArchive("./lambda")],
      ["remoteArchive", new pulumi.asset.RemoteArchive("https://example.com/code.zip")],
      [
        "assetArchive",
        new pulumi.asset.AssetArchive({
          "index.js": new pulumi.asset.StringAsset("exports.handler = () => 1;"),
          "data.txt": new pulumi.asset.FileAsset("./data.txt"),
          lib: new pulumi.asset.FileArchive("./lib"),
        }),
      ],
      ["stringAsset", new pulumi.asset.StringAsset("hello")],
      ["fileAsset", new pulumi.asset.FileAsset("./a.txt")],
      ["remoteAsset", new pulumi.asset.RemoteAsset("https://example.com/a.txt")],
      ["secret", pulumi.secret("s3cr3t-value")],
      ["reference", new Bucket("logs")],
    ];
    serialised = {};
    for (const [key, value] of entries) serialised[key] = await serialise(value);
  });

  it("uses the signatures the reader knows", () => {
    const sig = (key: string) => (serialised[key] as Record<string, unknown>)[values.SIG_KEY];
    expect(sig("fileArchive")).toBe(values.ARCHIVE_SIG);
    expect(sig("assetArchive")).toBe(values.ARCHIVE_SIG);
    expect(sig("stringAsset")).toBe(values.ASSET_SIG);
    expect(sig("secret")).toBe(values.SECRET_SIG);
    expect(sig("reference")).toBe(values.RESOURCE_REF_SIG);
  });

  it("decodes each of them", () => {
    const sink = { secrets: new Set<string>() };
    const decoded = values.decodeProperties(serialised, sink) ?? {};
    expect(decoded["fileArchive"]).toEqual({ path: "./lambda" });
    expect(decoded["remoteArchive"]).toEqual({ uri: "https://example.com/code.zip" });
    expect(decoded["assetArchive"]).toEqual({
      assets: { "index.js": { text: "exports.handler = () => 1;" }, "data.txt": { path: "./data.txt" }, lib: { path: "./lib" } },
    });
    expect(decoded["stringAsset"]).toEqual({ text: "hello" });
    expect(decoded["fileAsset"]).toEqual({ path: "./a.txt" });
    expect(decoded["remoteAsset"]).toEqual({ uri: "https://example.com/a.txt" });
    expect(decoded["secret"]).toBe("s3cr3t-value");
    expect(sink.secrets.has("s3cr3t-value")).toBe(true);
    expect(decoded["reference"]).toBe("logs-id");
  });

  it("audits a state holding a Lambda's code and a bucket object's source", () => {
    const lambda = {
      urn: urn("aws:lambda/function:Function", "handler"),
      custom: true,
      id: "handler-1",
      type: "aws:lambda/function:Function",
      inputs: { code: serialised["assetArchive"], role: "arn:aws:iam::1:role/r" },
      outputs: { code: serialised["fileArchive"], role: "arn:aws:iam::1:role/r", tags: { owner: "diego.alvarez" } },
      parent: STACK_URN,
    };
    const object = {
      urn: urn("aws:s3/bucketObjectv2:BucketObjectv2", "index"),
      custom: true,
      id: "index.html",
      type: "aws:s3/bucketObjectv2:BucketObjectv2",
      inputs: { source: serialised["stringAsset"], bucket: serialised["reference"] },
      outputs: { source: serialised["remoteArchive"], bucket: "logs-id", key: "index.html", tags: { owner: "diego.alvarez" } },
      parent: STACK_URN,
    };
    const file = writeJson(tempDir(), "stack.json", stackExport([stackEntry(), lambda, object]));
    expect(readStateFile(file).resources).toHaveLength(2);
    const result = auditStates([file], { map: MAP, now: NOW });
    expect(result.stacks[0]?.audited).toBe(2);
  });
});
