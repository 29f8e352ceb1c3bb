import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { command } from "../../cli/commands/oscal";
import { InputError } from "../../cli/errors";
import { SMALL_MAP_YAML } from "../responsibility-map/small-map";
import { NEEDS_OSCAL_SCHEMAS, SKIP_OSCAL_SCHEMA_TESTS, sspSchema } from "../support/oscal-schemas";
import { runCommand } from "./capture";

const dir = mkdtempSync(path.join(tmpdir(), "oscal-cli-"));
const mapFile = path.join(dir, "map.yaml");
writeFileSync(mapFile, SMALL_MAP_YAML);

const stackExport = path.join(dir, "dev.json");
writeFileSync(
  stackExport,
  JSON.stringify({
    version: 3,
    deployment: {
      resources: [
        { urn: "urn:pulumi:dev::app::pulumi:pulumi:Stack::app-dev", type: "pulumi:pulumi:Stack", custom: false },
        { urn: "urn:pulumi:dev::app::pulumi:providers:aws::default", type: "pulumi:providers:aws", custom: true },
        {
          urn: "urn:pulumi:dev::app::aws:s3/bucketV2:BucketV2::logs",
          type: "aws:s3/bucketV2:BucketV2",
          custom: true,
          outputs: { tagsAll: { owner: "bob" } },
        },
      ],
    },
  }),
);
const checkpoint = path.join(dir, "prod.json");
writeFileSync(
  checkpoint,
  JSON.stringify({
    version: 3,
    checkpoint: {
      latest: {
        resources: [
          {
            urn: "urn:pulumi:prod::app::azure-native:storage:StorageAccount::sa",
            type: "azure-native:storage:StorageAccount",
            custom: true,
            outputs: { tags: { owner: "ann@acme.example" } },
          },
        ],
      },
    },
  }),
);

describe("shared-responsibility oscal", () => {
  it("writes an SSP with the resources of every --state file, byte-identical on a second run", async () => {
    const first = path.join(dir, "first.json");
    const second = path.join(dir, "second.json");
    const argv = ["--map", mapFile, "--state", stackExport, "--state", checkpoint, "--now", "2026-07-15"];
    expect((await runCommand(command, [...argv, "--output", first])).code).toBe(0);
    expect((await runCommand(command, [...argv, "--output", second])).code).toBe(0);
    const text = readFileSync(first, "utf8");
    expect(readFileSync(second, "utf8")).toBe(text);

    const document = JSON.parse(text);
    const items = document["system-security-plan"]["system-implementation"]["inventory-items"];
    expect(items.map((item: { props: { value: string }[] }) => item.props[0]?.value)).toEqual([
      "urn:pulumi:dev::app::aws:s3/bucketV2:BucketV2::logs",
      "urn:pulumi:prod::app::azure-native:storage:StorageAccount::sa",
    ]);
    expect(document["system-security-plan"].metadata["last-modified"]).toBe("2026-07-15T00:00:00Z");
  });

  it.skipIf(SKIP_OSCAL_SCHEMA_TESTS)(`writes an SSP that validates against NIST's schema ${NEEDS_OSCAL_SCHEMAS}`, async () => {
    const output = path.join(dir, "validated.json");
    const argv = ["--map", mapFile, "--state", stackExport, "--state", checkpoint, "--now", "2026-07-15", "--output", output];
    expect((await runCommand(command, argv)).code).toBe(0);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(sspSchema());
    const document = JSON.parse(readFileSync(output, "utf8"));
    expect(validate(document) ? [] : validate.errors).toEqual([]);
  });

  it("reads every state file in a --state directory, as audit does, and writes with -o", async () => {
    const folder = path.join(dir, "stacks");
    mkdirSync(folder, { recursive: true });
    copyFileSync(stackExport, path.join(folder, "dev.json"));
    copyFileSync(checkpoint, path.join(folder, "prod.json"));
    const out = path.join(dir, "from-dir.json");
    expect((await runCommand(command, ["--map", mapFile, "--state", folder, "--now", "2026-07-15", "-o", out])).code).toBe(0);
    const items = JSON.parse(readFileSync(out, "utf8"))["system-security-plan"]["system-implementation"]["inventory-items"];
    expect(items.map((item: { props: { value: string }[] }) => item.props[0]?.value)).toEqual([
      "urn:pulumi:dev::app::aws:s3/bucketV2:BucketV2::logs",
      "urn:pulumi:prod::app::azure-native:storage:StorageAccount::sa",
    ]);
  });

  it("prints to stdout without --output", async () => {
    const result = await runCommand(command, ["--map", mapFile, "--now", "2026-07-15"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)["system-security-plan"].metadata["oscal-version"]).toBe("1.2.2");
  });

  it.each([
    ["a missing state file", "missing.json", "", /missing\.json: no such file or directory/],
    ["a state file that is not JSON", "broken.json", "{", /broken\.json: not valid JSON at line 1/],
    ["JSON that is not a state file", "other.json", '{"resources": []}', /other\.json: expected Pulumi state/],
  ])("refuses %s", async (_title, name, content, message) => {
    const file = path.join(dir, name);
    if (content !== "") writeFileSync(file, content);
    const run = runCommand(command, ["--map", mapFile, "--state", file]);
    await expect(run).rejects.toThrow(InputError);
    await expect(runCommand(command, ["--map", mapFile, "--state", file])).rejects.toThrow(message);
  });
});
