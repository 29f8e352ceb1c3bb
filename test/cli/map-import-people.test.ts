import { lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { command } from "../../cli/commands/map";
import { loadMap } from "../../responsibility-map/loader";
import { runCommand } from "./capture";

const dir = mkdtempSync(path.join(tmpdir(), "import-people-"));
let counter = 0;
function write(name: string, text: string): string {
  const file = path.join(dir, `${counter++}-${name}`);
  writeFileSync(file, text);
  return file;
}

/** A map with comments, a block person and a flow person; Ann is accountable, Bob responsible. */
const MAP = `version: 1
settings:
  organization: Acme
  providers: [aws, azure]
# the people
people:
  # Ann leads
  - id: ann   # the CISO
    name: Ann Lee
    email: ann@acme.example
    role: CISO # title
    status: active # still here

  # Bob
  - { id: bob, name: Bob Stone, email: bob@acme.example, role: Engineer, status: active }
  - id: cat
    name: Cat Ng
    email: cat@acme.example
    role: Auditor
    status: active
# duties
duties:
  - id: backup
    title: Backup
    description: Data stores keep backups.
    side: customer
    controls: [CP-9]
    accountable: ann
    responsible: [bob]
    review: { last: 2026-01-01, cadenceDays: 90, signedOffBy: ann, signedOffOn: 2026-01-02 }
`;

const ENTRA_ANN = "0b7f7a52-1111-4c2e-9d3a-1234567890ab";
const ENTRA_DEE = "9a9a9a9a-2222-4c2e-9d3a-1234567890ab";

function scimUser(fields: Record<string, unknown>): Record<string, unknown> {
  return { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], ...fields };
}

const USERS = [
  scimUser({
    userName: "ann@acme.example",
    name: { givenName: "Ann", familyName: "Lee" },
    emails: [{ value: "ann@acme.example", type: "work", primary: true }],
    title: "Chief Information Security Officer",
    active: true,
    externalId: ENTRA_ANN,
  }),
  scimUser({
    userName: "cat@acme.example",
    name: { formatted: "Cat Ng" },
    emails: [{ value: "cat@acme.example", primary: true }],
    title: "Auditor",
    active: false,
  }),
  scimUser({
    userName: "dee.kay@corp.acme.example",
    displayName: "Dee Kay",
    emails: [
      { value: "dee@home.example", type: "home" },
      { value: "Dee.Kay@acme.example", type: "work", primary: true },
    ],
    title: "Analyst",
    externalId: ENTRA_DEE,
    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { employeeNumber: "701", department: "Finance" },
  }),
];

const LIST_RESPONSE = JSON.stringify(
  { schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], totalResults: 3, Resources: USERS },
  null,
  2,
);

describe("shared-responsibility map import-people", () => {
  it("plans additions, changes, departures and keeps people the directory lacks (SCIM ListResponse, dry run)", async () => {
    const mapFile = write("map.yaml", MAP);
    const scim = write("users.json", LIST_RESPONSE);
    const result = await runCommand(command, ["import-people", scim, "--map", mapFile, "--departed-date", "2026-11-30"]);
    expect(result).toEqual({
      code: 0,
      stdout: [
        `3 directory users in ${scim}, against ${mapFile}:`,
        "",
        "Added (1):",
        `  + dee.kay: Dee Kay <Dee.Kay@acme.example>, Analyst; entraObjectIds ${ENTRA_DEE}; entraUserPrincipalNames dee.kay@corp.acme.example`,
        "",
        "Changed (1):",
        "  ~ ann",
        "      role: CISO -> Chief Information Security Officer",
        `      identities.entraObjectIds + ${ENTRA_ANN}`,
        "",
        "Marked departed (inactive in the directory) (1):",
        "  ~ cat",
        "      status: active -> departed",
        "      departed + 2026-11-30",
        "",
        "Not in the directory: kept (1):",
        "  = bob (active; named in duty backup (responsible))",
        "",
        "Unchanged: 0.",
        `Dry run: nothing written. Run again with --write to update ${mapFile}.`,
        "",
      ].join("\n"),
      stderr: "",
    });
    expect(readFileSync(mapFile, "utf8")).toBe(MAP);
  });

  it("--write updates the map in place, keeping comments and untouched lines, and the result loads (SCIM array)", async () => {
    const mapFile = write("map.yaml", MAP);
    const scim = write("users.json", JSON.stringify(USERS));
    const result = await runCommand(command, ["import-people", scim, "--map", mapFile, "--write", "--now", "2026-12-01"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote ${mapFile}: 1 person added, 2 people changed.\n`);
    const text = readFileSync(mapFile, "utf8");
    expect(text).toBe(
      MAP.replace("    role: CISO # title\n", "    role: Chief Information Security Officer # title\n")
        .replace(
          "    status: active # still here\n",
          `    status: active # still here\n    identities:\n      entraObjectIds: [${ENTRA_ANN}]\n`,
        )
        .replace("  - id: ann   # the CISO\n", "  - id: ann # the CISO\n")
        .replace(
          "    role: Auditor\n    status: active\n",
          `    role: Auditor\n    status: departed\n    departed: 2026-12-01\n  - id: dee.kay\n    name: Dee Kay\n    email: Dee.Kay@acme.example\n    role: Analyst\n    status: active\n    identities:\n      entraObjectIds: [${ENTRA_DEE}]\n      entraUserPrincipalNames: [dee.kay@corp.acme.example]\n`,
        ),
    );
    const map = loadMap(mapFile);
    expect(map.personById.get("cat")).toMatchObject({ status: "departed", departed: "2026-12-01" });
    expect(map.personById.get("dee.kay")?.identities?.entraObjectIds).toEqual([ENTRA_DEE]);
    expect(map.personById.get("bob")?.status).toBe("active");
    // Running it again changes nothing.
    const again = await runCommand(command, ["import-people", scim, "--map", mapFile, "--write", "--now", "2026-12-01"]);
    expect(again.stdout).toContain("Unchanged: 3.\nNothing to change; the map is not rewritten.\n");
  });

  it("reads one SCIM user per line (NDJSON)", async () => {
    const mapFile = write("map.yaml", MAP);
    const scim = write("users.ndjson", `${USERS.map((user) => JSON.stringify(user)).join("\n")}\n`);
    const result = await runCommand(command, ["import-people", scim, "--map", mapFile, "--now", "2026-12-01"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Added (1):\n  + dee.kay: Dee Kay");
  });

  it("imports a CSV with named columns, identity lists separated by ;", async () => {
    const mapFile = write("map.yaml", MAP);
    const csv = write(
      "people.csv",
      [
        "email,name,role,status,departed,awsIamUsers,entraObjectIds",
        `ann@acme.example,Ann Lee,CISO,active,,ann;ann.admin,${ENTRA_ANN}`,
        'bob@acme.example,"Stone, Bob",Senior Engineer,active,,,',
        "cat@acme.example,Cat Ng,Auditor,departed,2026-10-31,,",
        "eve@acme.example,Eve Ito,Engineer,,,eve,",
        "",
      ].join("\n"),
    );
    const result = await runCommand(command, ["import-people", csv, "--map", mapFile, "--write", "--now", "2026-12-01"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(
      [
        "Added (1):",
        "  + eve: Eve Ito <eve@acme.example>, Engineer; awsIamUsers eve",
        "",
        "Changed (2):",
        "  ~ ann",
        "      identities.awsIamUsers + ann",
        "      identities.awsIamUsers + ann.admin",
        `      identities.entraObjectIds + ${ENTRA_ANN}`,
        "  ~ bob",
        "      name: Bob Stone -> Stone, Bob",
        "      role: Engineer -> Senior Engineer",
        "",
        "Marked departed (inactive in the directory) (1):",
        "  ~ cat",
        "      status: active -> departed",
        "      departed + 2026-10-31",
      ].join("\n"),
    );
    const map = loadMap(mapFile);
    expect(map.personById.get("ann")?.identities).toEqual({ awsIamUsers: ["ann", "ann.admin"], entraObjectIds: [ENTRA_ANN] });
    expect(map.personById.get("cat")).toMatchObject({ status: "departed", departed: "2026-10-31" });
    const text = readFileSync(mapFile, "utf8");
    expect(text).toContain("# Ann leads\n  - id: ann # the CISO\n");
    expect(text).toContain(
      '  # Bob\n  - { id: bob, name: "Stone, Bob", email: bob@acme.example, role: Senior Engineer, status: active }\n',
    );
  });

  it("refuses to write a map that would not load: the accountable person departs", async () => {
    const mapFile = write("map.yaml", MAP);
    const scim = write("users.json", JSON.stringify([scimUser({ ...USERS[0], active: false })]));
    const result = await runCommand(command, ["import-people", scim, "--map", mapFile, "--write", "--now", "2026-12-01"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Not written: the map would not load after this import");
    expect(result.stderr).toContain("duties[0].accountable: accountable person: Ann Lee departed on 2026-12-01; name an active person");
    expect(readFileSync(mapFile, "utf8")).toBe(MAP);
    // The dry run says the same and exits 0.
    const dry = await runCommand(command, ["import-people", scim, "--map", mapFile, "--now", "2026-12-01"]);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain("--write will refuse it");
  });

  it("names an unknown CSV column with its line", async () => {
    const mapFile = write("map.yaml", MAP);
    const csv = write("people.csv", "email,name,title\nann@acme.example,Ann Lee,CISO\n");
    const result = await runCommand(command, ["import-people", csv, "--map", mapFile]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `${csv}:1: column 3 "title" is not a known column; the columns are id, name, email, role, status, departed, awsIamUsers, awsIdentityCenterUsers, entraObjectIds, entraUserPrincipalNames\n`,
    );
  });

  it("names the line and field of a bad CSV value, and a malformed CSV line", async () => {
    const mapFile = write("map.yaml", MAP);
    const bad = write("bad.csv", "email,entraObjectIds\nann@acme.example,not-a-guid\n");
    expect((await runCommand(command, ["import-people", bad, "--map", mapFile])).stderr).toBe(
      `${bad}:2: entraObjectIds: "not-a-guid" is not a well-formed Entra object id\n`,
    );
    const ragged = write("ragged.csv", "email,name\nann@acme.example,Ann,extra\n");
    const result = await runCommand(command, ["import-people", ragged, "--map", mapFile]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^${ragged.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2: not valid CSV: `));
  });

  it("names the line and column of malformed JSON", async () => {
    const mapFile = write("map.yaml", MAP);
    const scim = write("users.json", '{\n  "Resources": [\n    { "userName": "ann@acme.example", }\n  ]\n}\n');
    const result = await runCommand(command, ["import-people", scim, "--map", mapFile, "--format", "scim"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^${scim.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: line 3, column 39: not valid JSON: `));
  });

  it("names the record and field of a SCIM user without an email", async () => {
    const mapFile = write("map.yaml", MAP);
    const scim = write("users.json", JSON.stringify({ Resources: [USERS[0], { userName: "nobody", active: "yes" }] }));
    const result = await runCommand(command, ["import-people", scim, "--map", mapFile]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${scim}: Resources[1] (nobody): emails: no email (emails[].value, or an email as userName); the map needs one for each person\n`,
    );
  });

  it("refuses one identity given to two directory users", async () => {
    const mapFile = write("map.yaml", MAP);
    const scim = write("users.json", JSON.stringify([USERS[0], { ...USERS[2], externalId: ENTRA_ANN.toUpperCase() }]));
    const result = await runCommand(command, ["import-people", scim, "--map", mapFile]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${scim}: record 2 (dee.kay@corp.acme.example): Entra object id "${ENTRA_ANN}" is also given to record 1 (ann@acme.example); one id, email and identity per person\n`,
    );
  });

  it("refuses a directory identity the map gives to someone else", async () => {
    const withIds = MAP.replace("    role: Auditor\n", `    role: Auditor\n    identities: { entraObjectIds: [${ENTRA_DEE}] }\n`);
    const mapFile = write("map.yaml", withIds);
    const scim = write("users.json", JSON.stringify([{ ...USERS[0], externalId: ENTRA_DEE }]));
    const result = await runCommand(command, ["import-people", scim, "--map", mapFile]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("an identity of this user is claimed by map person cat; an identity belongs to one person");
  });

  it("reactivates a departed person the directory lists as active, through a symbolic link to the map", async () => {
    const real = write(
      "real.yaml",
      MAP.replace("    role: Auditor\n    status: active\n", "    role: Auditor\n    status: departed\n    departed: 2026-01-31\n"),
    );
    const link = path.join(dir, `${counter++}-link.yaml`);
    symlinkSync(real, link);
    const csv = write("people.csv", "email,status\ncat@acme.example,active\n");
    const result = await runCommand(command, ["import-people", csv, "--map", link, "--write"]);
    expect(result.stdout).toContain("  ~ cat\n      status: departed -> active\n      departed - 2026-01-31\n");
    expect(result.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toBe(MAP);
  });

  it("refuses a directory export that is not a regular file", async () => {
    const mapFile = write("map.yaml", MAP);
    const result = await runCommand(command, ["import-people", dir, "--map", mapFile]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: `${dir}: cannot read the directory export (it is a directory, not a file)\n` });
  });

  it("needs a name and a role for a new person", async () => {
    const mapFile = write("map.yaml", MAP);
    const scim = write("users.json", JSON.stringify([{ userName: "zed@acme.example" }]));
    const result = await runCommand(command, ["import-people", scim, "--map", mapFile]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      [
        `${scim}: record 1 (zed@acme.example): name: no name (name.formatted, givenName and familyName, or displayName); a new person needs one`,
        `${scim}: record 1 (zed@acme.example): role: no job title (SCIM title, CSV role); a new person needs a role`,
        "",
      ].join("\n"),
    );
  });
});
