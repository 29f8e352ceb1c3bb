/** An error about a value inside a plaintext secret names the path up to the secret and stops. */
import { describe, expect, it } from "vitest";
import { InputError } from "../../../cli/errors";
import { readStateFile } from "../../../cli/state/reader";
import { plaintext, SIG, stackExport, tempDir, volume, writeJson } from "../support/state";

function errorOf(outputs: Record<string, unknown>): string {
  const file = writeJson(tempDir(), "state.json", stackExport([volume("a", outputs)]));
  try {
    readStateFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected the file to be rejected");
}

describe("errors inside plaintext secrets", () => {
  it.each<[string, Record<string, unknown>]>([
    ["an unknown signature", { config: plaintext({ "canary-key-7f3a": { [SIG]: "CANARY-7f3a-signature" } }) }],
    ["a bad nested secret", { config: plaintext({ list: [{ "canary-key-7f3a": { [SIG]: "1b47061264138c4ac30d75fd1eb44270" } }] }) }],
    ["the inline form", { config: { [SIG]: "1b47061264138c4ac30d75fd1eb44270", value: { "canary-key-7f3a": { [SIG]: "CANARY-7f3a" } } } }],
  ])("%s: the path stops at the secret and no content is quoted", (_title, outputs) => {
    const message = errorOf(outputs);
    expect(message).toContain("deployment.resources[0].outputs.config: expected a secret whose value is plain data");
    expect(message).not.toMatch(/canary|7f3a/i);
  });
});
