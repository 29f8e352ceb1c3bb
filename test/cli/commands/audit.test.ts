import { readFileSync } from "node:fs";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { afterEach, describe, expect, it } from "vitest";
import { command, loadConfig } from "../../../cli/commands/audit";
import { InputError } from "../../../cli/errors";
import { defineRule, fail } from "../../../policies/core/rule";
import { RULES } from "../../../policies/registry";
import { runCommand } from "../support/run-command";
import {
  awsProvider,
  ciphertext,
  MAP_PATH,
  PACK_DIR,
  plaintext,
  providerRef,
  stackEntry,
  stackExport,
  tempDir,
  volume,
  writeJson,
} from "../support/state";

const NOW = ["--now", "2026-11-23"];
const XSS = `<img src=x onerror="alert(1)">|*bold*[link](http://x)`;

function stateWith(...entries: ReturnType<typeof volume>[]): string {
  return writeJson(tempDir(), "state.json", stackExport([stackEntry(), ...entries]));
}

const clean = stateWith(volume("good"));
const violating = stateWith(volume("good"), volume("plain", { encrypted: false }));
const waivedOnly = stateWith(volume("legacy-1", { encrypted: false }));

describe("shared-responsibility audit: exit codes", () => {
  afterEach(() => {
    delete process.env["SHARED_RESPONSIBILITY_MAP"];
  });

  it("exits 0 without mandatory violations, 1 with them", async () => {
    // The bundled map has an expired exception and an overdue review: advisory findings, exit 0.
    expect((await runCommand(command, [clean, ...NOW])).code).toBe(0);
    expect((await runCommand(command, [waivedOnly, ...NOW])).code).toBe(0);
    const failed = await runCommand(command, [violating, ...NOW]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("Result: FAIL (1 mandatory violation)");
  });

  it("exits 0 when --config makes the violated rule advisory", async () => {
    const config = writeJson(tempDir(), "config.json", { "aws-ebs-volume-require-encryption": "advisory" });
    expect((await runCommand(command, [violating, "--config", config, ...NOW])).code).toBe(0);
    const all = writeJson(tempDir(), "config.json", { all: "mandatory" });
    expect((await runCommand(command, [clean, "--config", all, ...NOW])).code).toBe(1);
  });

  it.each<[string, string[], string]>([
    ["no paths", [], "name at least one state file or directory"],
    ["an unknown format", ["x.json", "--format", "pdf"], '--format must be one of text, json, sarif, markdown, html, not "pdf"'],
    ["an unknown option", ["x.json", "--colour"], "Unknown option '--colour'"],
    ["a bad date", ["x.json", "--now", "2026-02-30"], '--now must be a real date written YYYY-MM-DD, not "2026-02-30"'],
    ["a missing file", ["/nonexistent/state.json", ...NOW], "/nonexistent/state.json: no such file or directory"],
    ["a missing map", ["x.json", "--map", "/nonexistent/map.yaml", ...NOW], "cannot read the map (no such file)"],
  ])("exits 2 on %s", async (_title, argv, message) => {
    const result = await runCommand(command, argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("exits 2 on a file that is not state, naming file and path", async () => {
    const bad = writeJson(tempDir(), "bad.json", { version: 3, deployment: { resources: [{ urn: 5 }] } });
    const result = await runCommand(command, [bad, ...NOW]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${bad}: deployment.resources[0].urn: expected the resource URN as a string ("urn:pulumi:<stack>::<project>::<type>::<name>"), found number 5`,
    );
  });

  it("uses $SHARED_RESPONSIBILITY_MAP when --map is absent", async () => {
    process.env["SHARED_RESPONSIBILITY_MAP"] = "/nonexistent/env-map.yaml";
    const result = await runCommand(command, [clean, ...NOW]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("/nonexistent/env-map.yaml");
  });

  it("prints usage with --help", async () => {
    const result = await runCommand(command, ["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: shared-responsibility audit <file|dir>...");
  });
});

describe("--config", () => {
  const ruleWithOptions = defineRule<{ minimumDays: number; modes: string[]; strict: boolean }>({
    name: "aws-test-thing-require-option",
    displayName: "t",
    description: "t.",
    duty: "backup",
    severity: "low",
    resourceTypes: ["aws:test/thing:Thing"],
    remediation: "t",
    why: "t",
    controls: { nist: ["CP-9"] },
    options: {
      minimumDays: { type: "integer", description: "d", default: 7, minimum: 1 },
      modes: { type: "array", description: "m", default: [], items: { type: "string", enum: ["a", "b"] } },
      strict: { type: "boolean", description: "s", default: false },
    },
    check: () => fail("x"),
  });
  const rules = [...RULES, ruleWithOptions];
  const configError = (config: unknown): string => {
    const file = writeJson(tempDir(), "config.json", config);
    try {
      loadConfig(file, rules);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message.replace(file, "FILE");
    }
    throw new Error("expected the config to be rejected");
  };

  it("reads levels and options", () => {
    const file = writeJson(tempDir(), "config.json", {
      all: "advisory",
      "aws-test-thing-require-option": { enforcementLevel: "mandatory", minimumDays: 30, modes: ["a"] },
    });
    const settings = loadConfig(file, rules);
    expect(settings.get("aws-test-thing-require-option")).toEqual({
      enforcementLevel: "mandatory",
      config: { minimumDays: 30, modes: ["a"], strict: false },
    });
    expect(settings.get("aws-ebs-volume-require-encryption")?.enforcementLevel).toBe("advisory");
  });

  it.each<[string, unknown, string]>([
    ["an unknown rule", { "no-such-rule": "advisory" }, '--config FILE: "no-such-rule" is not a rule of this pack'],
    ["a bad level", { all: "strict" }, '--config FILE: "all" must be one of advisory, mandatory, remediate, disabled'],
    [
      "an unknown option",
      { "aws-test-thing-require-option": { nope: 1 } },
      '--config FILE: "aws-test-thing-require-option" has no option "nope"',
    ],
    [
      "option values of the wrong type",
      { "aws-test-thing-require-option": { minimumDays: "30", strict: "yes" } },
      '--config FILE: invalid rule options:\n  rule "aws-test-thing-require-option", option "minimumDays": must be integer\n  rule "aws-test-thing-require-option", option "strict": must be boolean',
    ],
    [
      "option values out of range",
      { "aws-test-thing-require-option": { minimumDays: 0, modes: ["a", "c"] } },
      '--config FILE: invalid rule options:\n  rule "aws-test-thing-require-option", option "minimumDays": must be at least 1\n  rule "aws-test-thing-require-option", option "modes[1]": must be one of "a", "b"',
    ],
  ])("rejects %s", (_title, config, message) => {
    expect(configError(config)).toBe(message);
  });

  it("rejects a config file that is not JSON", async () => {
    const file = writeJson(tempDir(), "config.json", "{ all: mandatory }");
    const result = await runCommand(command, [clean, "--config", file, ...NOW]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--config ${file}: not valid JSON`);
  });
});

describe("formats", () => {
  const provider = awsProvider("default_7_48_0", { owner: "mei.chen" });
  const state = writeJson(
    tempDir(),
    "state.json",
    stackExport([
      stackEntry(),
      provider,
      volume("plain", { encrypted: false, tags: {} }, { provider: providerRef(provider) }),
      volume("legacy-1", { encrypted: false }),
      volume(XSS, { encrypted: false, tags: { owner: XSS } }),
    ]),
  );

  // Only the rules these cases are about, so that rules added to the pack later do not change the counts.
  const config = writeJson(tempDir(), "config.json", {
    all: "disabled",
    "aws-ebs-volume-require-encryption": "mandatory",
    "owner-tag-require-person": "mandatory",
    "map-review-limit-age": "advisory",
    "map-exception-require-approval": "advisory",
    // Not applicable to unencrypted volumes: gives --include-not-applicable something to list.
    "aws-ebs-volume-require-kms-key": "advisory",
  });
  const args = (...extra: string[]) => [state, "--config", config, ...extra, ...NOW];

  it("json: validates against docs/audit-report.schema.json", async () => {
    const result = await runCommand(command, args("--format", "json", "--include-not-applicable"));
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    const schema = JSON.parse(readFileSync(path.join(PACK_DIR, "docs", "audit-report.schema.json"), "utf8"));
    const validate = ajv.compile(schema);
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(report.summary).toMatchObject({
      failed: true,
      failByLevel: { mandatory: 3 },
      byStatus: { waived: 1 },
      notApplicableListed: true,
    });
    expect(report.findings.some((finding: { status: string }) => finding.status === "not-applicable")).toBe(true);
    const plain = report.findings.find((finding: { resource: { name: string } | null }) => finding.resource?.name === "plain");
    expect(plain).toMatchObject({
      rule: "aws-ebs-volume-require-encryption",
      duty: "encryption-at-rest",
      status: "fail",
      enforcementLevel: "mandatory",
      owner: { id: "mei.chen" },
      accountable: { id: "amara.okafor" },
      stack: "shop/dev",
      file: state,
    });
  });

  it("text: summary first, then findings by accountable person and owner, without colour when not a terminal", async () => {
    const { stdout } = await runCommand(command, args());
    expect(stdout).not.toContain("\u001b[");
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Shared-responsibility audit of 1 state file (3 resources audited)");
    expect(lines).toContain("Accountable: Amara Okafor <amara.okafor@northwind.example>");
    expect(lines).toContain("  Owner: Mei Chen <mei.chen@northwind.example>");
    expect(lines.indexOf("Accountable: Amara Okafor <amara.okafor@northwind.example>")).toBeLessThan(
      lines.indexOf("  Owner: Mei Chen <mei.chen@northwind.example>"),
    );
  });

  it("sarif: valid SARIF 2.1.0 with rule metadata, levels and suppressions", async () => {
    const result = await runCommand(command, args("--format", "sarif"));
    const log = JSON.parse(result.stdout);
    const schemaFile = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    // The published schema has a language-tag pattern that is only valid without the `u` flag.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: true, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} }, results: [{ level: "fatal" }] }] })).toBe(false);

    const run = log.runs[0];
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.name));
    const ebs = run.tool.driver.rules.find((rule: { id: string }) => rule.id === "aws-ebs-volume-require-encryption");
    expect(ebs).toMatchObject({
      name: "AwsEbsVolumeRequireEncryption",
      shortDescription: { text: "EBS volumes are encrypted" },
      fullDescription: {
        text: "Every EBS volume sets `encrypted` to true, or leaves it unset in an account and region where EBS encryption by default is on.",
      },
      helpUri: expect.stringContaining("#aws-ebs-volume-require-encryption"),
      properties: { duty: "encryption-at-rest", severity: "high", tags: expect.arrayContaining(["duty:encryption-at-rest"]) },
    });
    expect(ebs.properties.controlIds).toContain("NIST SP 800-53 SC-28");
    const byName = (name: string) =>
      run.results.find(
        (r: { ruleId: string; locations: { logicalLocations: { name: string }[] }[] }) =>
          r.ruleId === "aws-ebs-volume-require-encryption" && r.locations[0]?.logicalLocations[0]?.name === name,
      );
    expect(byName("plain")).toMatchObject({
      level: "error",
      ruleIndex: RULES.findIndex((rule) => rule.name === "aws-ebs-volume-require-encryption"),
      locations: [{ logicalLocations: [{ fullyQualifiedName: "urn:pulumi:dev::shop::aws:ebs/volume:Volume::plain", kind: "resource" }] }],
    });
    expect(byName("legacy-1")).toMatchObject({ level: "note", suppressions: [{ kind: "external", status: "accepted" }] });
    const advisory = run.results.find((r: { ruleId: string }) => r.ruleId === "map-review-limit-age");
    expect(advisory?.level).toBe("warning");
  });

  it("markdown: summary table, groups by accountable person, escapes markup and pipes", async () => {
    const { stdout } = await runCommand(command, args("--format", "markdown"));
    expect(stdout).toContain("| failed | 3 | 2 | 5 |");
    expect(stdout).toContain("### Accountable: Amara Okafor &lt;amara.okafor@northwind.example&gt;");
    expect(stdout).toContain("### Mandatory violations by accountable person");
    expect(stdout).not.toContain("<img");
    expect(stdout).not.toContain("[link](");
    // Only what Markdown reads as markup is escaped; the URL becomes code, so nothing links it.
    expect(stdout).toMatch(/&lt;img src=x onerror="alert\(1\)"&gt;\\\|\\\*bold\\\*\\\[link\\\]\(`http:\/\//);
    // Every table row keeps its column count: no unescaped pipe from data.
    for (const line of stdout.split("\n").filter((l) => l.startsWith("| ❌") || l.startsWith("| ⚪"))) {
      expect(line.replace(/\\\|/g, "").split("|").length).toBe(8);
    }
  });

  it("html: one self-contained page with a strict CSP, data escaped", async () => {
    const output = path.join(tempDir(), "out", "report.html");
    const result = await runCommand(command, args("--format", "html", "--output", output));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`FAIL: 3 mandatory and 2 advisory violations, 1 waived; report written to ${output}`);
    const html = readFileSync(output, "utf8");
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+';/,
    );
    expect(html).not.toMatch(/<img|<link|src=["']?http|url\(/i);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html.match(/<script>/g)).toHaveLength(1);
  });
});

describe("secrets never reach a report", () => {
  const CIPHER = "v1:CANARYCIPHERTEXT0123456789";
  const PLAIN = "canary-plaintext-7f3a9";
  const provider = awsProvider("default_7_48_0");
  provider.inputs = {
    ...provider.inputs,
    defaultTags: plaintext(JSON.stringify({ tags: { owner: PLAIN, token: PLAIN } })),
    token: ciphertext(CIPHER),
  };
  provider.outputs = provider.inputs;
  const state = writeJson(
    tempDir(),
    "secret-state.json",
    stackExport([
      stackEntry(),
      provider,
      volume(
        "a",
        { encrypted: ciphertext(CIPHER), kmsKeyId: plaintext(PLAIN), tags: { owner: PLAIN, note: ciphertext(CIPHER) } },
        { provider: providerRef(provider) },
      ),
      volume("b", { encrypted: plaintext(false), tags: plaintext({ owner: PLAIN, secretTag: PLAIN }) }),
      volume("c", { tags: ciphertext(CIPHER) }, { provider: providerRef(provider) }),
    ]),
  );

  it.each(["text", "json", "sarif", "markdown", "html"])("%s", async (format) => {
    const result = await runCommand(command, [state, "--format", format, "--include-not-applicable", ...NOW]);
    expect(result.code).toBe(1);
    expect(result.stdout.length).toBeGreaterThan(500);
    for (const text of [result.stdout, result.stderr]) {
      expect(text).not.toContain(PLAIN);
      expect(text).not.toContain("CANARYCIPHERTEXT");
    }
    // The findings are still there: the volumes are not shown to be encrypted and have no usable owner.
    expect(result.stdout).toMatch(/owner\\?-tag\\?-require\\?-person/);
  });
});

describe("directories and map defaults", () => {
  it("audits every state file in a directory with the bundled map", async () => {
    const dir = tempDir();
    writeJson(dir, "a.json", stackExport([stackEntry(), volume("x")]));
    writeJson(dir, "nested/b.json", stackExport([stackEntry(), volume("y")]));
    const result = await runCommand(command, [dir, "--format", "json", ...NOW]);
    const report = JSON.parse(result.stdout);
    expect(report.stacks.map((stack: { file: string }) => path.relative(dir, stack.file))).toEqual([
      "a.json",
      path.join("nested", "b.json"),
    ]);
    expect(report.map.source).toBe(MAP_PATH);
  });
});
