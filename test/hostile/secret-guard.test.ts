/**
 * A secret holding a value @pulumi/policy cannot read (an unknown special signature, an asset with
 * neither path, text nor uri) fails the engine's Analyze or AnalyzeStack call. The library's own
 * error quotes the signature and its server adds the stack; the pack's guard (policies/secret-guard.ts)
 * makes the failure name the path up to the secret and nothing from inside it. Run through the real
 * Analyzer gRPC protocol against the compiled pack.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineHarness, secret } from "../engine/harness";

// The special signatures as @pulumi/pulumi's runtime/rpc.js defines them (specialSigKey, specialAssetSig).
const rpc = require("@pulumi/pulumi/runtime/rpc") as { specialSigKey: string; specialAssetSig: string; specialArchiveSig: string };

const CANARY = /canary|7f3a/i;
const BUCKET = "aws:s3/bucket:Bucket";

let engine: EngineHarness;
beforeAll(async () => {
  engine = await EngineHarness.start();
  await engine.configure({});
});
afterAll(async () => {
  await engine?.stop();
});

/** The failure of a call that must fail, as the engine would print it. */
async function failure(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    return String((error as Error).message);
  }
  throw new Error("the call succeeded, but a secret holding an unreadable value must fail it");
}

const UNREADABLE: Record<string, unknown> = {
  "an unknown special signature": { [rpc.specialSigKey]: "canary-signature-7f3a", note: "canary-inner-7f3a" },
  "an asset with neither path, text nor uri": { [rpc.specialSigKey]: rpc.specialAssetSig, hash: "canary-hash-7f3a" },
  "an archive whose asset is unreadable": {
    [rpc.specialSigKey]: rpc.specialArchiveSig,
    assets: { "canary-7f3a.txt": { [rpc.specialSigKey]: "canary-signature-7f3a" } },
  },
};

describe("a secret holding an unreadable value", () => {
  it.each(Object.entries(UNREADABLE))("fails Analyze by the path up to the secret: %s", async (_title, inner) => {
    const message = await failure(
      engine.analyze({
        type: BUCKET,
        name: "data",
        props: { bucket: "data", serverSideEncryptionConfiguration: { rule: secret({ deep: [inner] }) } },
      }),
    );
    expect(message).toContain(".serverSideEncryptionConfiguration.rule");
    expect(message).not.toMatch(CANARY);
    expect(message).not.toMatch(/\n\s+at /);
    expect(message).not.toMatch(/deep/);
  });

  it("fails AnalyzeStack the same way", async () => {
    const message = await failure(
      engine.analyzeStack([
        { type: BUCKET, name: "fine", props: { bucket: "fine" } },
        { type: BUCKET, name: "data", props: { bucket: "data", tags: secret(UNREADABLE["an unknown special signature"]) } },
      ]),
    );
    expect(message).toContain(".tags");
    expect(message).not.toMatch(CANARY);
    expect(message).not.toMatch(/\n\s+at /);
  });

  it("leaves a readable secret (an asset with text) and an unreadable value outside any secret to the library", async () => {
    const readable = await engine.analyze({
      type: BUCKET,
      name: "data",
      props: { bucket: "data", policy: secret({ [rpc.specialSigKey]: rpc.specialAssetSig, text: "{}" }) },
    });
    expect(readable.diagnostics.length).toBeGreaterThan(0);
    // Outside a secret nothing is hidden: the library's own error names the signature.
    const message = await failure(
      engine.analyze({ type: BUCKET, name: "data", props: { bucket: "data", tags: { [rpc.specialSigKey]: "not-a-signature" } } }),
    );
    expect(message).toContain("not-a-signature");
  });
});
