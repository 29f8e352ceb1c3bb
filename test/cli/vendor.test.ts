import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { command } from "../../cli/commands/vendor";
import { InputError, UsageError } from "../../cli/errors";
import { runCommand } from "./capture";
import {
  awsProvider,
  type Entry,
  PACK_DIR,
  plaintext,
  providerRef,
  stackEntry,
  stackExport,
  tempDir,
  urn,
  writeJson,
} from "./support/state";

const MAP = path.join(PACK_DIR, "responsibility-map", "map.yaml");
const dir = tempDir("sr-vendor-");
const BLUELINE_TENANT = "3c6f2a1e-8b4d-4f7a-9e2c-5d1b0a9f8e7c";

const trust = (Principal: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal, Action: "sts:AssumeRole", ...extra }] });

function role(name: string, assumeRolePolicy: unknown, provider: Entry): Entry {
  const props = { name, assumeRolePolicy, tags: { owner: "diego.alvarez" } };
  return {
    urn: urn("aws:iam/role:Role", name),
    custom: true,
    id: name,
    type: "aws:iam/role:Role",
    inputs: props,
    outputs: props,
    provider: providerRef(provider),
  };
}

function registration(name: string, managedByTenantId: string, roleDefinitionIds: string[]): Entry {
  const props = {
    scope: "/subscriptions/00000000-0000-4000-8000-000000000001",
    properties: {
      managedByTenantId,
      authorizations: roleDefinitionIds.map((roleDefinitionId) => ({
        principalId: "5e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
        roleDefinitionId,
      })),
    },
  };
  const type = "azure-native:managedservices:RegistrationDefinition";
  return { urn: urn(type, name), custom: true, id: `/x/${name}`, type, inputs: props, outputs: props };
}

function stateFile(): string {
  const provider = awsProvider();
  return writeJson(
    dir,
    "stack.json",
    stackExport([
      stackEntry(),
      provider,
      role(
        "blueline-soc",
        trust({ AWS: "arn:aws:iam::444455556666:root" }, { Condition: { StringEquals: { "sts:ExternalId": "nw-7f3a" } } }),
        provider,
      ),
      role("blueline-loose", trust({ AWS: ["444455556666", "123456789012"] }), provider),
      role("own-deployer", trust({ AWS: "arn:aws:iam::210987654321:role/ci" }), provider),
      registration("blueline-lighthouse", BLUELINE_TENANT.toUpperCase(), [
        "acdd72a7-3385-48ef-bd42-f606fba81ae7",
        "/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c",
      ]),
      registration("other-lighthouse", "9d2b7c4e-1a3f-4e5d-8c6b-2f1e0d9c8b7a", ["8e3af657-a8ff-443c-a75c-2fe8c4bcb635"]),
      // A role id that was a secret in the state is described, never shown.
      {
        ...registration("secret-role", BLUELINE_TENANT, []),
        outputs: {
          scope: "/subscriptions/00000000-0000-4000-8000-000000000001",
          properties: {
            managedByTenantId: BLUELINE_TENANT,
            authorizations: [{ principalId: "p", roleDefinitionId: plaintext("0b3c5d7e-aaaa-4bbb-8ccc-123456789abc") }],
          },
        },
      },
    ]),
  );
}

async function run(argv: string[]) {
  return runCommand(command, [...argv, "--map", MAP, ...(argv.includes("--now") ? [] : ["--now", "2026-12-06"])]);
}

describe("shared-responsibility vendor", () => {
  it("shows the party, its review, duty shares with SLA facts, and the access it holds (JSON)", async () => {
    const result = await run(["blueline-mssp", "--state", stateFile(), "--format", "json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const doc = JSON.parse(result.stdout);
    expect(doc.version).toBe(1);
    expect(doc.party).toMatchObject({ id: "blueline-mssp", name: "Blueline Security", kind: "mssp", awsAccountIds: ["444455556666"] });
    expect(doc.party.contacts[0]).toEqual({ name: "Blueline SOC", email: "soc@blueline-security.example", phone: "+44 20 7946 0123" });
    // Reviewed 2026-09-01 every 180 days: due 2027-02-28, current on 2026-12-06.
    expect(doc.review).toMatchObject({ last: "2026-09-01", nextDue: "2027-02-28", state: "current" });
    expect(doc.duties.map((d: { duty: string }) => d.duty)).toEqual(["logging", "threat-detection"]);
    expect(doc.duties[0]).toEqual({
      duty: "logging",
      title: expect.any(String),
      share: "monitors the logs 24/7 and raises alerts",
      raci: "responsible",
      accountable: { id: "tomas.novak", name: "Tomas Novak", email: "tomas.novak@northwind.example" },
      sla: { incidentResponse: "PT4H", auditLogsOwner: "organisation", regulatorNotifiedBy: "organisation" },
      slaText: ["incident response within 4 hours", "audit logs owned by Northwind Logistics", "regulator notified by Northwind Logistics"],
    });
    expect(
      doc.access.map((a: { name: string; kind: string; via: string[]; externalIdRequired: boolean | null; roles: string[] }) => [
        a.name,
        a.kind,
        a.via,
        a.externalIdRequired,
        a.roles,
      ]),
    ).toEqual([
      ["blueline-soc", "aws-role-trust", ["444455556666"], true, []],
      ["blueline-loose", "aws-role-trust", ["444455556666"], false, []],
      ["blueline-lighthouse", "lighthouse-registration", [BLUELINE_TENANT], null, ["Reader", "Contributor"]],
      ["secret-role", "lighthouse-registration", [BLUELINE_TENANT], null, ["a role whose id is a secret"]],
    ]);
    expect(result.stdout).not.toContain("0b3c5d7e-aaaa");
  });

  it("says when the review is overdue, and renders text and Markdown", async () => {
    const text = await run(["blueline-mssp", "--now", "2027-03-01", "--state", stateFile()]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("next due 2027-02-28 (OVERDUE as of 2027-03-01)");
    expect(text.stdout).toContain(
      "IAM role `urn:pulumi:dev::shop::aws:iam/role:Role::blueline-loose`: assumable from account `444455556666`, WITHOUT `sts:ExternalId`.",
    );
    expect(text.stdout).toContain("delegates to tenant `3c6f2a1e-8b4d-4f7a-9e2c-5d1b0a9f8e7c` with Reader, Contributor.");
    const markdown = await run(["blueline-mssp", "--format", "markdown"]);
    expect(markdown.stdout.startsWith("## Third party Blueline Security (blueline-mssp), mssp, contract")).toBe(true);
    expect(markdown.stdout).toContain("No --state given");
    expect(markdown.stdout).not.toContain("Access it holds");
  });

  it("refuses an unknown id listing the known ones, and no id", async () => {
    await expect(run(["redline"])).rejects.toThrow(InputError);
    await expect(run(["redline"])).rejects.toThrow(/no third party "redline" in the map .*: known ids are blueline-mssp$/);
    await expect(run([])).rejects.toThrow(UsageError);
  });
});
