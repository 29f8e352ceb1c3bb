import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { command } from "../../cli/commands/handover";
import { InputError, UsageError } from "../../cli/errors";
import { SMALL_MAP_YAML, TODAY } from "../responsibility-map/small-map";
import { runCommand } from "./capture";
import { PACK_DIR, tempDir } from "./support/state";

const MAP = path.join(PACK_DIR, "responsibility-map", "map.yaml");
const STACKS = path.join(PACK_DIR, "examples", "stacks");
const NOW = "2026-12-06";
const dir = tempDir("sr-handover-");

async function json(argv: string[]) {
  const result = await runCommand(command, [...argv, "--format", "json"]);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout);
}

const SAM_ACCESS = [
  ["aws:identitystore/user:User::sam", "aws-identitystore-user-disallow-leaver-access", "userName", "awsIdentityCenterUsers"],
  [
    "aws:identitystore/groupMembership:GroupMembership::sam-admins",
    "aws-identitystore-user-disallow-leaver-access",
    "memberId",
    "awsIdentityCenterUsers",
  ],
  [
    "azure-native:authorization:RoleAssignment::sam-contributor",
    "azure-authorization-role-assignment-disallow-leaver-access",
    "principalId",
    "entraObjectIds",
  ],
  [
    "azure-native:containerservice:ManagedCluster::experiments",
    "azure-containerservice-cluster-disallow-leaver-admin",
    "aadProfile.adminGroupObjectIDs[0]",
    "entraObjectIds",
  ],
  [
    "azure-native:keyvault:Vault::team-secrets",
    "azure-keyvault-vault-disallow-leaver-access",
    "properties.accessPolicies[0].objectId",
    "entraObjectIds",
  ],
  ["azure-native:sql:Server::reporting-sql", "azure-sql-server-disallow-leaver-admin", "administrators.sid", "entraObjectIds"],
];

describe("shared-responsibility handover", () => {
  it("lists a departed person's owned resources and the access their identities hold (JSON)", async () => {
    const doc = await json(["sam.oconnor", "--map", MAP, "--state", STACKS, "--now", NOW]);
    expect(doc.version).toBe(1);
    expect(doc.person).toEqual({
      id: "sam.oconnor",
      name: "Sam O'Connor",
      email: "sam.oconnor@northwind.example",
      role: "Senior Cloud Engineer",
      status: "departed",
      departed: "2026-06-30",
    });
    expect(doc.date).toBe(NOW);
    expect(doc.states.map((file: string) => path.basename(file))).toEqual(["aws-dev.json", "azure-dev.json"]);
    expect(doc.duties).toEqual([]);
    expect(doc.ownedResources.map((item: { urn: string }) => item.urn)).toEqual([
      "urn:pulumi:dev::shop-aws::aws:dynamodb/table:Table::sessions",
      "urn:pulumi:dev::shop-azure::azure-native:storage:StorageAccount::scratchdata",
    ]);
    expect(doc.ownedResources[0].action).toBe("Set its `owner` tag to the id or email of the person who takes it over.");
    expect(
      doc.access.map((item: { urn: string; rule: string; field: string; identity: { kind: string } }) => [
        item.urn.replace(/^urn:pulumi:dev::shop-(aws|azure)::/, ""),
        item.rule,
        item.field,
        item.identity.kind,
      ]),
    ).toEqual(SAM_ACCESS);
    expect(doc.access[2].identity).toEqual({
      kind: "entraObjectIds",
      label: "Entra object id",
      value: "5a0c7e1d-3b2f-4c8e-9d61-2f4b8a7c9e03",
    });
    expect(doc.access[2].type).toBe("azure-native:authorization:RoleAssignment");
    expect(doc.items).toBe(8);
    expect(Object.keys(doc)).toEqual([
      "version",
      "person",
      "map",
      "date",
      "states",
      "items",
      "duties",
      "exceptions",
      "reviews",
      "teams",
      "centralControls",
      "ownedResources",
      "access",
      "warnings",
    ]);
  });

  it("finds the same access for the person while they are still active (handover before leaving)", async () => {
    const file = path.join(dir, "sam-active.yaml");
    writeFileSync(file, readFileSync(MAP, "utf8").replace("    status: departed\n    departed: 2026-06-30\n", "    status: active\n"));
    const doc = await json(["sam.oconnor", "--map", file, "--state", STACKS, "--now", NOW]);
    expect(doc.person.status).toBe("active");
    expect(doc.person.departed).toBeNull();
    expect(doc.access).toHaveLength(SAM_ACCESS.length);
    expect(doc.ownedResources).toHaveLength(2);
  });

  it("prints a text checklist", async () => {
    const result = await runCommand(command, ["sam.oconnor", "--map", MAP, "--state", STACKS, "--now", NOW]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("Handover for Sam O'Connor (sam.oconnor), Senior Cloud Engineer, departed 2026-06-30, as of 2026-12-06");
    expect(lines).toContain("Checked 2 state files for owner tags and access.");
    expect(lines).toContain("Access their identities hold (6)");
    expect(lines).toContain(
      "  [ ] The Entra object id `5a0c7e1d-3b2f-4c8e-9d61-2f4b8a7c9e03` at `principalId` of `urn:pulumi:dev::shop-azure::azure-native:authorization:RoleAssignment::sam-contributor` (azure-native:authorization:RoleAssignment, rule `azure-authorization-role-assignment-disallow-leaver-access`): Revoke it (delete or change this resource), or move the access to the successor's own identity.",
    );
    expect(result.stdout.endsWith("\n8 items to hand over.\n")).toBe(true);
  });

  it("prints a Markdown task list", async () => {
    const result = await runCommand(command, ["sam.oconnor", "--map", MAP, "--state", STACKS, "--now", NOW, "--format", "markdown"]);
    expect(result.stdout).toMatch(/^## Handover for Sam O'Connor \(sam\.oconnor\)/);
    expect(result.stdout).toContain(
      "\n### Resources their owner tag names (2)\n\n- [ ] `urn:pulumi:dev::shop-aws::aws:dynamodb/table:Table::sessions`",
    );
    expect(result.stdout.match(/^- \[ \] /gm)).toHaveLength(8);
  });

  describe("on a map with duties, exceptions, reviews, teams and central controls", () => {
    const file = path.join(dir, "small.yaml");
    writeFileSync(
      file,
      SMALL_MAP_YAML.replace(
        "  providers: [aws, azure]\n",
        "  providers: [aws, azure]\n  centrallyManaged:\n    - { controls: [guardduty], accounts: all, managedBy: ann, note: Landing zone. }\n",
      )
        .replace("people:\n", "teams:\n  - { id: sec, name: Security, members: [ann] }\npeople:\n")
        .replace(
          "role: Engineer, status: active }\n",
          "role: Engineer, status: active }\n  - { id: cy, name: Cy Park, email: cy@acme.example, role: Analyst, status: active }\n",
        ),
    );

    it("names who could take over each duty, and flags exceptions as expired by --now", async () => {
      const doc = await json(["ann@ACME.example", "--map", file, "--now", TODAY]);
      expect(doc.person.id).toBe("ann");
      expect(doc.duties.map((item: { duty: string; roles: string[] }) => [item.duty, item.roles])).toEqual([
        ["backup", ["accountable"]],
        ["physical-security", ["accountable"]],
        ["encryption-at-rest", ["consulted"]],
      ]);
      expect(doc.duties[0].handTo.map((p: { id: string }) => p.id)).toEqual(["bob"]);
      expect(doc.duties[0].action).toBe("Name a new accountable person for duty backup in the map, such as Bob Stone (bob).");
      expect(doc.duties[2].action).toBe(
        "Remove ann from the duty's consulted list, and name another active person if the role is still needed (ask Bob Stone (bob), who is accountable).",
      );
      expect(doc.exceptions).toEqual([
        {
          id: "EX-1",
          rule: null,
          duty: "encryption-at-rest",
          resources: "urn:pulumi:*::*::aws:ebs/volume:Volume::legacy-*",
          approved: "2026-06-01",
          expires: "2026-09-30",
          expired: false,
          action: "Have bob (accountable for encryption-at-rest) take over the approval (it expires 2026-09-30), or remove it.",
        },
      ]);
      expect(doc.reviews.map((item: { duty: string; nextDue: string }) => [item.duty, item.nextDue])).toEqual([
        ["backup", "2026-04-01"],
        ["physical-security", "2027-06-01"],
        ["encryption-at-rest", "2026-07-30"],
      ]);
      expect(doc.teams).toEqual([
        { id: "sec", name: "Security", otherMembers: [], action: "Remove ann from team sec; they are its only member, so add another." },
      ]);
      expect(doc.centralControls).toEqual([
        {
          index: 0,
          controls: ["guardduty"],
          accounts: "all",
          action: "Name another active person as `managedBy` of settings.centrallyManaged[0].",
        },
      ]);
      const later = await json(["ann", "--map", file, "--now", "2026-10-01"]);
      expect(later.exceptions[0].expired).toBe(true);
      expect(later.exceptions[0].action).toBe(
        "Expired on 2026-09-30: remove it from the map, or have bob (accountable for encryption-at-rest) approve it again.",
      );
    });

    it("says there is nothing to hand over for a person with nothing", async () => {
      const result = await runCommand(command, ["cy", "--map", file, "--state", path.join(STACKS, "aws-dev.json"), "--now", TODAY]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("\nNothing to hand over: Cy Park (cy) owns or answers for nothing in the map or the given state.\n");
      const markdown = await runCommand(command, ["cy", "--map", file, "--format", "markdown", "--now", TODAY]);
      expect(markdown.stdout).toContain("\nNothing to hand over: Cy Park (cy) owns or answers for nothing in the map.\n");
      expect((await json(["cy", "--map", file, "--now", TODAY])).items).toBe(0);
    });
  });

  it("refuses an unknown person, listing known ids (exit 2 in main)", async () => {
    await expect(runCommand(command, ["nobody", "--map", MAP])).rejects.toThrow(InputError);
    await expect(runCommand(command, ["nobody", "--map", MAP])).rejects.toThrow(
      `no person "nobody" in the map (${MAP}): known ids are priya.raman, tomas.novak, amara.okafor, lena.fischer, diego.alvarez, mei.chen, sam.oconnor`,
    );
    const result = spawnSync(process.execPath, [path.join(PACK_DIR, "dist", "cli", "main.js"), "handover", "nobody", "--map", MAP], {
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^shared-responsibility handover: no person "nobody" in the map \(.*\): known ids are priya\.raman, /);
  });

  it("refuses to write its checklist over a state file it reads", async () => {
    const state = path.join(dir, "state.json");
    writeFileSync(state, readFileSync(path.join(STACKS, "aws-dev.json")));
    const run = () => runCommand(command, ["sam.oconnor", "--map", MAP, "--state", dir, "-o", state]);
    await expect(run()).rejects.toThrow(UsageError);
    await expect(run()).rejects.toThrow("one of the state files to read");
    expect(readFileSync(state, "utf8")).toBe(readFileSync(path.join(STACKS, "aws-dev.json"), "utf8"));
  });

  it.each([
    ["no person", [], /name the person/],
    ["two people", ["ann", "bob"], /name one person, not 2/],
    ["an unknown format", ["sam.oconnor", "--format", "html"], /--format must be one of text, markdown, json, not "html"/],
  ])("refuses %s", async (_title, argv, message) => {
    await expect(runCommand(command, [...argv, "--map", MAP])).rejects.toThrow(UsageError);
    await expect(runCommand(command, [...argv, "--map", MAP])).rejects.toThrow(message);
  });

  it("prints its usage, with the JSON shape, for --help", async () => {
    const result = await runCommand(command, ["--help"]);
    expect(result.stdout).toMatch(/^Usage: shared-responsibility handover <person>/);
    expect(result.stdout).toContain("JSON (version 1):");
  });
});
