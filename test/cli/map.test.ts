import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { command } from "../../cli/commands/map";
import { InputError, UsageError } from "../../cli/errors";
import { MAX_MAP_BYTES } from "../../responsibility-map/loader";
import { SMALL_MAP_YAML, THIRD_PARTY_MAP_YAML } from "../responsibility-map/small-map";
import { runCommand } from "./capture";
import { PACK_DIR } from "./support/state";

const dir = mkdtempSync(path.join(tmpdir(), "map-cli-"));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe("shared-responsibility map check", () => {
  it("prints a one-line summary and exits 0 for a valid map", async () => {
    const file = write("valid.yaml", SMALL_MAP_YAML);
    expect(await runCommand(command, ["check", "--map", file])).toEqual({
      code: 0,
      stdout: `OK ${file}: 2 people, 3 duties, 1 exception.\n`,
      stderr: "",
    });
  });

  it("prints every problem with file, line and field and exits 2", async () => {
    const file = write(
      "invalid.yaml",
      SMALL_MAP_YAML.replace("    accountable: ann\n    responsible: [bob]", "    accountable: zed\n    responsible: [bob]").replace(
        "    duty: encryption-at-rest\n",
        "    rule: aws-ebs-volume-require-encryptoin\n",
      ),
    );
    expect(await runCommand(command, ["check", "--map", file])).toEqual({
      code: 2,
      stdout: "",
      stderr: [
        `${file}:14: duties[0].accountable: accountable person: no person has id "zed"; add them to people or fix the id`,
        `${file}:41: exceptions[0].rule: no rule is named "aws-ebs-volume-require-encryptoin"; run \`shared-responsibility rules\` for the names`,
        `2 problems in ${file}.`,
        "",
      ].join("\n"),
    });
  });

  it("counts third parties, and warns with file and line of a third party whose review is overdue (exit 0)", async () => {
    const file = write("vendor.yaml", THIRD_PARTY_MAP_YAML);
    expect(await runCommand(command, ["check", "--map", file, "--now", "2026-10-28"])).toEqual({
      code: 0,
      stdout: `OK ${file}: 2 people, 3 duties, 1 third party, 1 exception.\n`,
      stderr: "",
    });
    expect(await runCommand(command, ["check", "--map", file, "--now", "2026-10-29"])).toEqual({
      code: 0,
      stdout: `OK ${file}: 2 people, 3 duties, 1 third party, 1 exception.\n`,
      stderr: `${file}:16: thirdParties[0].review.last: warning: the review of third party Blueline Security is overdue (last reviewed 2026-05-01, every 180 days, so due 2026-10-28); review it and record the new date and sign-off\n`,
    });
  });

  it("reports a third party's problems by line", async () => {
    const file = write("vendor-bad.yaml", THIRD_PARTY_MAP_YAML.replace("raci: responsible }]", "raci: accountable }]"));
    const result = await runCommand(command, ["check", "--map", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${file}:27: duties[0].thirdParties[0].raci: a third party is "responsible" or "consulted", never accountable`,
    );
  });

  it("reports schema problems by line", async () => {
    const file = write("schema.yaml", SMALL_MAP_YAML.replace("    side: provider\n", "    side: vendor\n"));
    const result = await runCommand(command, ["check", "--map", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${file}:20: duties[1].side: must be one of "provider", "customer", "shared"\n1 problem in ${file}.\n`);
  });
});

describe("shared-responsibility map diff", () => {
  const repo = path.join(dir, "repo");
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, GIT_COMMITTER_DATE: "2026-07-01T12:00:00Z", GIT_AUTHOR_DATE: "2026-07-01T12:00:00Z" },
    });
  mkdirSync(path.join(repo, "responsibility-map"), { recursive: true });
  const mapFile = path.join(repo, "responsibility-map", "map.yaml");
  git("init", "-q");
  writeFileSync(mapFile, SMALL_MAP_YAML);
  git("add", ".");
  git("commit", "-q", "-m", "first map");
  git("tag", "v1");
  writeFileSync(
    mapFile,
    SMALL_MAP_YAML.replace("    accountable: bob\n", "    accountable: ann\n").replace(
      "review: { last: 2026-01-01, cadenceDays: 90, signedOffBy: ann, signedOffOn: 2026-01-02 }",
      "review: { last: 2026-09-01, cadenceDays: 90, signedOffBy: ann, signedOffOn: 2026-09-02 }",
    ),
  );
  git("commit", "-q", "-am", "second map");

  it("shows what changed since a revision, with expiries judged between its date and --now", async () => {
    const result = await runCommand(command, ["diff", "v1", "--map", mapFile, "--now", "2026-10-15"]);
    expect(result).toEqual({
      code: 0,
      stdout: `Responsibility map changes since v1:

Duties:
  - Encryption at rest (encryption-at-rest): accountable person changed from Bob Stone to Ann Lee

Exceptions:
  - EX-1 for encryption-at-rest: expired on 2026-09-30

Reviews signed:
  - Backup (backup): reviewed 2026-09-01, signed off by Ann Lee on 2026-09-02
`,
      stderr: "",
    });
  });

  it("writes Markdown for a pull-request comment", async () => {
    const result = await runCommand(command, ["diff", "HEAD", "--map", mapFile, "--format", "markdown", "--now", "2026-07-15"]);
    expect(result.stdout).toBe(
      "### Responsibility map changes since `HEAD`\n\nNo changes to settings, duties, people, teams, exceptions, reviews or classification.\n",
    );
  });

  it("reports an exception widened to a whole duty on every URN", async () => {
    writeFileSync(mapFile, readFileSync(mapFile, "utf8").replace('"urn:pulumi:*::*::aws:ebs/volume:Volume::legacy-*"', '"*"'));
    const result = await runCommand(command, ["diff", "HEAD", "--map", mapFile, "--now", "2026-07-15"]);
    git("checkout", "-q", "--", ".");
    expect(result.stdout).toBe(
      "Responsibility map changes since HEAD:\n\nExceptions:\n  - EX-1: resources changed from urn:pulumi:*::*::aws:ebs/volume:Volume::legacy-* to *\n",
    );
  });

  describe("reads the old revision with the limits of the current map", () => {
    const other = path.join(dir, "limits");
    const gitOther = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], {
        cwd: other,
        encoding: "utf8",
      });
    const otherMap = path.join(other, "map.yaml");
    mkdirSync(other, { recursive: true });
    gitOther("init", "-q");
    // Over the size limit (a 70 MB map used to end in "spawnSync git ENOBUFS"), then not UTF-8.
    writeFileSync(otherMap, `${SMALL_MAP_YAML}# ${"x".repeat(MAX_MAP_BYTES)}\n`);
    gitOther("add", ".");
    gitOther("commit", "-q", "-m", "too large");
    gitOther("tag", "too-large");
    writeFileSync(
      otherMap,
      Buffer.concat([Buffer.from(SMALL_MAP_YAML.replace("Ann Lee", "Ann L")), Buffer.from([0x23, 0x20, 0xe9, 0x0a])]),
    );
    gitOther("commit", "-q", "-am", "latin-1");
    gitOther("tag", "latin-1");
    writeFileSync(otherMap, SMALL_MAP_YAML);
    gitOther("commit", "-q", "-am", "valid");

    it("refuses a revision whose map is over the size limit, naming it and the limit", async () => {
      const refusal = runCommand(command, ["diff", "too-large", "--map", otherMap, "--now", "2026-07-15"]);
      await expect(refusal).rejects.toThrow(InputError);
      await expect(refusal).rejects.toThrow(
        `the map at too-large:map.yaml is ${SMALL_MAP_YAML.length + MAX_MAP_BYTES + 3} bytes; a map may be at most ${MAX_MAP_BYTES} bytes, so it cannot be compared.`,
      );
    });

    it("refuses a revision whose map is not UTF-8, with its line", async () => {
      const refusal = runCommand(command, ["diff", "latin-1", "--map", otherMap, "--now", "2026-07-15"]);
      await expect(refusal).rejects.toThrow(/latin-1:map\.yaml:46: the file is not UTF-8 text/);
    });
  });

  it.each([
    ["no revision", ["diff"], UsageError, /exactly one git revision/],
    ["an unknown option", ["diff", "--colour=x", "--map", "m"], UsageError, /Unknown option/],
    ["a revision that looks like an option", ["diff", "--map", "MAP", "--", "-p"], UsageError, /is not a git revision/],
    ["an unknown revision", ["diff", "no-such-rev"], InputError, /git log failed/],
    ["an unknown format", ["diff", "v1", "--format", "html"], UsageError, /--format must be text or markdown/],
  ])("refuses %s", async (_title, argv, type, message) => {
    const withMap = argv.includes("--map") ? argv.map((arg) => (arg === "MAP" ? mapFile : arg)) : [...argv, "--map", mapFile];
    await expect(runCommand(command, withMap)).rejects.toThrow(type);
    await expect(runCommand(command, withMap)).rejects.toThrow(message);
  });
});

describe("shared-responsibility map", () => {
  it("refuses an unknown subcommand", async () => {
    await expect(runCommand(command, ["lint"])).rejects.toThrow(/unknown map subcommand "lint"/);
  });

  it("prints its usage for --help", async () => {
    expect((await runCommand(command, ["--help"])).stdout).toMatch(/^Usage: shared-responsibility map <check\|diff\|import-people>/);
  });
});

describe("shared-responsibility map diff: handover for people who departed", () => {
  const repo = path.join(dir, "departures");
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, GIT_COMMITTER_DATE: "2026-07-01T12:00:00Z", GIT_AUTHOR_DATE: "2026-07-01T12:00:00Z" },
    });
  mkdirSync(repo, { recursive: true });
  const mapFile = path.join(repo, "map.yaml");
  const bundledFile = path.join(repo, "bundled.yaml");
  const bundled = readFileSync(path.join(PACK_DIR, "responsibility-map", "map.yaml"), "utf8");
  const samDeparted = "    status: departed\n    departed: 2026-06-30\n    # The accounts Sam held";
  if (!bundled.includes(samDeparted)) throw new Error("the bundled map no longer marks Sam departed as this test expects");
  git("init", "-q");
  writeFileSync(mapFile, SMALL_MAP_YAML);
  // The bundled map with Sam still active: the next commit marks them departed, as the map has them.
  writeFileSync(bundledFile, bundled.replace(samDeparted, "    status: active\n    # The accounts Sam held"));
  git("add", ".");
  git("commit", "-q", "-m", "everyone active");
  git("tag", "v1");
  // Bob leaves; the map loads only once his duties name active people, so the same change hands them to Ann.
  const withoutBob = SMALL_MAP_YAML.replace("    accountable: bob\n", "    accountable: ann\n")
    .replace("    responsible: [bob]\n", "")
    .replace("    informed: [bob]\n", "");
  writeFileSync(
    mapFile,
    withoutBob.replace(
      "{ id: bob, name: Bob Stone, email: bob@acme.example, role: Engineer, status: active }",
      "{ id: bob, name: Bob Stone, email: bob@acme.example, role: Engineer, status: departed, departed: 2026-07-10 }",
    ),
  );
  writeFileSync(bundledFile, bundled);
  git("commit", "-q", "-am", "bob and sam left");
  git("tag", "v2");

  it("follows the diff with the departed person's handover checklist (text)", async () => {
    const result = await runCommand(command, ["diff", "v1", "--map", mapFile, "--now", "2026-07-15"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const [diffPart, handover] = result.stdout.split("\nHandover for people who departed (from the map at v1, before they left):\n");
    expect(diffPart).toContain("People:\n  - Bob Stone (bob) left on 2026-07-10\n");
    expect(handover).toBe(`
  Handover for Bob Stone (bob), Engineer, departed 2026-07-10, as of 2026-07-15
  Map: v1:map.yaml
  No --state given: resources and access in the cloud were not checked.

  Duties (3)
    [ ] Duty \`backup\` (Backup), responsible: Remove bob from the duty's responsible list, and name another active person if the role is still needed (ask Ann Lee (ann), who is accountable).
    [ ] Duty \`physical-security\` (Physical security), informed: Remove bob from the duty's informed list, and name another active person if the role is still needed (ask Ann Lee (ann), who is accountable).
    [ ] Duty \`encryption-at-rest\` (Encryption at rest), accountable: Name a new accountable person for duty encryption-at-rest in the map, such as Ann Lee (ann).

  3 items to hand over.
`);
  });

  it("nests the same checklist under the Markdown diff", async () => {
    const result = await runCommand(command, ["diff", "v1", "--map", mapFile, "--format", "markdown", "--now", "2026-07-15"]);
    expect(result.code).toBe(0);
    const [diffPart, handover] = result.stdout.split("\n**Handover for people who departed (from the map at `v1`, before they left)**\n");
    expect(diffPart).toContain("**People**\n\n- Bob Stone (`bob`) left on 2026-07-10\n");
    expect(handover).toMatch(/^\n#### Handover for Bob Stone \(bob\), Engineer, departed 2026-07-10, as of 2026-07-15\n/);
    expect(handover).toContain("\n##### Duties (3)\n\n");
    expect(handover).toContain(
      "- [ ] Duty `encryption-at-rest` (Encryption at rest), accountable: Name a new accountable person for duty encryption-at-rest in the map, such as Ann Lee (ann).\n",
    );
    expect(handover).toMatch(/\n3 items to hand over\.\n$/);
  });

  it("adds the resources and access a departed person still holds with --state", async () => {
    const stacks = path.join(PACK_DIR, "examples", "stacks");
    const text = await runCommand(command, ["diff", "v1", "--map", bundledFile, "--state", stacks, "--now", "2026-12-06"]);
    expect(text.code).toBe(0);
    const handover = text.stdout.split("\nHandover for people who departed (from the map at v1, before they left):\n")[1] ?? "";
    expect(handover).toContain("  Handover for Sam O'Connor (sam.oconnor), Senior Cloud Engineer, departed 2026-06-30, as of 2026-12-06\n");
    expect(handover).toMatch(/\n {2}Checked \d+ state files? for owner tags and access\.\n/);
    expect(handover).toMatch(/\n {2}Resources their owner tag names \(\d+\)\n/);
    expect(handover).toContain(
      "of `urn:pulumi:dev::shop-azure::azure-native:authorization:RoleAssignment::sam-contributor` (azure-native:authorization:RoleAssignment, rule `azure-authorization-role-assignment-disallow-leaver-access`)",
    );
    const markdown = await runCommand(command, [
      "diff",
      "v1",
      "--map",
      bundledFile,
      "--state",
      stacks,
      "--format",
      "markdown",
      "--now",
      "2026-12-06",
    ]);
    expect(markdown.stdout).toMatch(/\n##### Access their identities hold \(\d+\)\n/);
    expect(markdown.stdout).toContain("rule `aws-identitystore-user-disallow-leaver-access`");
  });

  it("shows the map-at-revision checklist of a person removed while that map still named them", async () => {
    writeFileSync(
      mapFile,
      withoutBob.replace("  - { id: bob, name: Bob Stone, email: bob@acme.example, role: Engineer, status: active }\n", ""),
    );
    const result = await runCommand(command, ["diff", "v1", "--map", mapFile, "--now", "2026-07-15"]);
    git("checkout", "-q", "--", ".");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("  - Bob Stone (bob) was removed from the map\n");
    expect(result.stdout).toContain(
      "\nHandover for people who departed (from the map at v1, before they left):\n\n  Handover for Bob Stone (bob), Engineer, departed (date not recorded), as of 2026-07-15\n  Map: v1:map.yaml\n",
    );
    expect(result.stdout).toContain("such as Ann Lee (ann).\n");
  });

  it("shows no handover when nobody departs", async () => {
    for (const format of ["text", "markdown"]) {
      const result = await runCommand(command, ["diff", "v2", "--map", mapFile, "--format", format, "--now", "2026-07-15"]);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/Handover/);
    }
    writeFileSync(mapFile, SMALL_MAP_YAML.replace("role: CISO", "role: CTO"));
    const changed = await runCommand(command, ["diff", "v2", "--map", mapFile, "--now", "2026-07-15"]);
    git("checkout", "-q", "--", ".");
    // Ann changes role: not a departure.
    expect(changed.stdout).toContain("role changed from");
    expect(changed.stdout).not.toMatch(/Handover/);
  });
});
