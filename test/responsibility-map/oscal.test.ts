import * as path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { buildSsp, oscalControlId, renderSsp, stateResources, uuidV5 } from "../../cli/report/oscal";
import { RULE_DUTIES } from "../../policies/registry";
import { loadMap } from "../../responsibility-map/loader";
import { NEEDS_OSCAL_SCHEMAS, SKIP_OSCAL_SCHEMA_TESTS, sspSchema } from "../support/oscal-schemas";
import { smallMap, smallMapWith, THIRD_PARTY_MAP_YAML, TODAY } from "./small-map";

const ROOT = path.resolve(__dirname, "..", "..");

let compiled: ReturnType<Ajv["compile"]> | undefined;
function sspValidator(): ReturnType<Ajv["compile"]> {
  if (compiled === undefined) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    compiled = ajv.compile(sspSchema());
  }
  return compiled;
}

// biome-ignore lint/suspicious/noExplicitAny: the tests walk the generated JSON document freely
type Json = Record<string, any>;

const RESOURCES = [
  { urn: "urn:pulumi:dev::app::aws:s3/bucketV2:BucketV2::logs", type: "aws:s3/bucketV2:BucketV2", owner: "BOB@acme.example" },
  { urn: "urn:pulumi:dev::app::azure-native:storage:StorageAccount::sa", type: "azure-native:storage:StorageAccount", owner: "nobody" },
  { urn: "urn:pulumi:dev::app::aws:ec2/vpc:Vpc::main", type: "aws:ec2/vpc:Vpc" },
];

function plan(map = smallMap(), today = TODAY): Json {
  return (buildSsp(map, { today, resources: RESOURCES, ruleDuties: RULE_DUTIES }) as Json)["system-security-plan"];
}

function requirement(ssp: Json, controlId: string): Json {
  const found = ssp["control-implementation"]["implemented-requirements"].find((req: Json) => req["control-id"] === controlId);
  if (found === undefined) throw new Error(`no requirement for ${controlId}`);
  return found;
}

function partyUuid(ssp: Json, name: string): string {
  return ssp.metadata.parties.find((party: Json) => party.name === name).uuid;
}

function componentUuid(ssp: Json, title: string): string {
  return ssp["system-implementation"].components.find((component: Json) => component.title === title).uuid;
}

describe("uuidV5", () => {
  it("matches RFC 4122 (Python's uuid5 of www.example.com in the DNS namespace)", () => {
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });
});

describe("oscalControlId", () => {
  it.each([
    ["SC-28", "sc-28"],
    ["SC-28(1)", "sc-28.1"],
    ["IA-2(12)", "ia-2.12"],
  ])("turns %s into %s", (control, id) => {
    expect(oscalControlId(control)).toBe(id);
  });
});

describe("buildSsp", () => {
  it.skipIf(SKIP_OSCAL_SCHEMA_TESTS)(
    `validates against the NIST OSCAL 1.2.2 SSP schema, for the shipped map with an inventory ${NEEDS_OSCAL_SCHEMAS}`,
    () => {
      const validate = sspValidator();
      const map = loadMap(path.join(ROOT, "responsibility-map", "map.yaml"), { knownRules: RULE_DUTIES });
      const document = buildSsp(map, { today: "2026-11-23", resources: RESOURCES, ruleDuties: RULE_DUTIES });
      const valid = validate(document);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      expect(validate(buildSsp(smallMap(), { today: TODAY }))).toBe(true);
      expect(
        validate(buildSsp(smallMap(THIRD_PARTY_MAP_YAML), { today: TODAY, resources: RESOURCES })),
        JSON.stringify(validate.errors),
      ).toBe(true);
    },
  );

  it.skipIf(SKIP_OSCAL_SCHEMA_TESTS)(
    `is rejected by the schema when broken, so the validation above can fail ${NEEDS_OSCAL_SCHEMAS}`,
    () => {
      const validate = sspValidator();
      const document = buildSsp(smallMap(), { today: TODAY }) as Json;
      document["system-security-plan"].metadata["last-modified"] = "2026-07-15";
      expect(validate(document)).toBe(false);
    },
  );

  it("renders byte-identical documents for the same map and date", () => {
    const first = renderSsp(smallMap(), { today: TODAY, resources: RESOURCES, ruleDuties: RULE_DUTIES });
    const second = renderSsp(smallMap(), { today: TODAY, resources: [...RESOURCES].reverse(), ruleDuties: RULE_DUTIES });
    expect(second).toBe(first);
    expect(first).toContain('"last-modified": "2026-07-15T00:00:00Z"');
  });

  it("keeps UUIDs stable when unrelated parts of the map change", () => {
    const before = plan();
    const after = plan(smallMapWith("title: Backup", "title: Backups"), "2026-08-01");
    expect(after.uuid).toBe(before.uuid);
    expect(requirement(after, "cp-9").uuid).toBe(requirement(before, "cp-9").uuid);
    expect(partyUuid(after, "Ann Lee")).toBe(partyUuid(before, "Ann Lee"));
  });

  it("lists people as parties with their email, and the RACI roles", () => {
    const ssp = plan();
    expect(ssp.metadata.roles.map((role: Json) => role.id)).toEqual([
      "accountable",
      "responsible",
      "consulted",
      "informed",
      "approver",
      "asset-owner",
      "provider",
      "third-party",
      "point-of-contact",
    ]);
    const ann = ssp.metadata.parties.find((party: Json) => party.name === "Ann Lee");
    expect(ann).toMatchObject({ type: "person", "email-addresses": ["ann@acme.example"] });
    expect(requirement(ssp, "cp-9")["responsible-roles"]).toEqual([
      { "role-id": "accountable", "party-uuids": [partyUuid(ssp, "Ann Lee")] },
      { "role-id": "responsible", "party-uuids": [partyUuid(ssp, "Bob Stone")] },
    ]);
  });

  it("records each sign-off as an approval action and as props", () => {
    const ssp = plan();
    const action = ssp.metadata.actions.find((candidate: Json) => candidate.props[0].value === "backup");
    expect(action).toMatchObject({
      type: "approval",
      date: "2026-01-02T00:00:00Z",
      system: "https://shared-responsibility.dev/ns/oscal",
      "responsible-parties": [{ "role-id": "approver", "party-uuids": [partyUuid(ssp, "Ann Lee")] }],
    });
    const props = Object.fromEntries(requirement(ssp, "cp-9").props.map((prop: Json) => [prop.name, prop.value]));
    expect(props).toEqual({
      duty: "backup",
      side: "customer",
      "review-last": "2026-01-01",
      "review-cadence-days": "90",
      "review-due": "2026-04-01",
      "review-state": "overdue",
      "signed-off-by": partyUuid(ssp, "Ann Lee"),
      "signed-off-on": "2026-01-02",
      "sign-off-action": action.uuid,
    });
  });

  it("puts a customer duty on this system only", () => {
    const ssp = plan();
    const byComponents = requirement(ssp, "cp-9")["by-components"];
    expect(byComponents).toHaveLength(1);
    expect(byComponents[0]).toMatchObject({
      "component-uuid": componentUuid(ssp, "Acme cloud estate"),
      description: "Acme carries Backup (backup) for all AWS resources and all Azure resources: Data stores keep backups.",
      "implementation-status": { state: "implemented" },
    });
    expect(byComponents[0].inherited).toBeUndefined();
  });

  it("has this system inherit a provider duty from each provider's component", () => {
    const ssp = plan();
    const [thisSystem, aws, azure] = requirement(ssp, "pe-3")["by-components"];
    expect(aws["component-uuid"]).toBe(componentUuid(ssp, "Amazon Web Services"));
    expect(azure["component-uuid"]).toBe(componentUuid(ssp, "Microsoft Azure"));
    expect(aws.export.provided).toHaveLength(1);
    expect(aws.export.responsibilities).toBeUndefined();
    expect(thisSystem.inherited.map((entry: Json) => entry["provided-uuid"])).toEqual([
      aws.export.provided[0].uuid,
      azure.export.provided[0].uuid,
    ]);
    expect(thisSystem.satisfied).toBeUndefined();
    expect(ssp["system-implementation"].components.find((c: Json) => c.title === "Amazon Web Services").type).toBe("service");
  });

  it("splits a shared scope into what the provider provides and the responsibility this system satisfies", () => {
    const ssp = plan();
    const [thisSystem, aws, ...rest] = requirement(ssp, "sc-28")["by-components"];
    expect(rest).toEqual([]);
    const provided = aws.export.provided[0];
    const responsibility = aws.export.responsibilities[0];
    expect(responsibility["provided-uuid"]).toBe(provided.uuid);
    expect(thisSystem.inherited[0]["provided-uuid"]).toBe(provided.uuid);
    expect(thisSystem.satisfied[0]).toMatchObject({
      "responsibility-uuid": responsibility.uuid,
      description:
        "Acme carries its part of Encryption at rest on AWS, aws:dynamodb/table:Table (DynamoDB always encrypts.): Stored data is encrypted.",
    });
    expect(thisSystem.description).toBe(
      "Acme carries Encryption at rest (encryption-at-rest) for all other AWS resources and all Azure resources: Stored data is encrypted.",
    );
  });

  it("marks a duty with an unexpired exception as partially implemented", () => {
    const status = requirement(plan(), "sc-28")["by-components"][0]["implementation-status"];
    expect(status).toEqual({
      state: "partial",
      remarks:
        "EX-1: Legacy volumes are migrated in Q3. Approved by Ann Lee on 2026-06-01; expires 2026-09-30. Applies to duty encryption-at-rest on resources matching urn:pulumi:*::*::aws:ebs/volume:Volume::legacy-*.",
    });
    const expired = requirement(plan(smallMap(), "2026-10-01"), "sc-28")["by-components"][0]["implementation-status"];
    expect(expired).toEqual({ state: "implemented" });
  });

  it("attaches a rule's exception to the rule's duty", () => {
    const map = smallMapWith("    duty: encryption-at-rest\n", "    rule: aws-ebs-volume-require-encryption\n");
    const status = requirement(plan(map), "sc-28.1")["by-components"][0]["implementation-status"];
    expect(status.state).toBe("partial");
    expect(status.remarks).toContain("Applies to rule aws-ebs-volume-require-encryption");
  });

  it("lists resources as inventory items with their owner as asset owner", () => {
    const ssp = plan();
    const items = ssp["system-implementation"]["inventory-items"];
    expect(items.map((item: Json) => item.props[0].value)).toEqual([
      "urn:pulumi:dev::app::aws:ec2/vpc:Vpc::main",
      "urn:pulumi:dev::app::aws:s3/bucketV2:BucketV2::logs",
      "urn:pulumi:dev::app::azure-native:storage:StorageAccount::sa",
    ]);
    const [vpc, bucket, account] = items;
    expect(bucket["responsible-parties"]).toEqual([{ "role-id": "asset-owner", "party-uuids": [partyUuid(ssp, "Bob Stone")] }]);
    expect(bucket["implemented-components"]).toEqual([{ "component-uuid": componentUuid(ssp, "Amazon Web Services") }]);
    expect(account["implemented-components"]).toEqual([{ "component-uuid": componentUuid(ssp, "Microsoft Azure") }]);
    expect(account.remarks).toBe("The owner tag names no person in the responsibility map.");
    expect(vpc.remarks).toBe("The resource has no owner tag.");
  });
});

describe("buildSsp with third parties", () => {
  const ssp = plan(smallMap(THIRD_PARTY_MAP_YAML));
  const blueline = () => ssp.metadata.parties.find((party: Json) => party.name === "Blueline Security");

  it("lists a third party as an organisation with its contract and review, and its contacts as its people", () => {
    const party = blueline();
    expect(party).toMatchObject({ type: "organization", "email-addresses": ["soc@blueline.example", "nadia@blueline.example"] });
    const props = Object.fromEntries(party.props.map((p: Json) => [p.name, p.value]));
    expect(props).toMatchObject({
      "third-party-id": "blueline",
      "third-party-kind": "mssp",
      contract: "MSA-2026-014",
      "review-last": "2026-05-01",
      "review-due": "2026-10-28",
      "review-state": "current",
      "aws-account-id": "444455556666",
      "azure-tenant-id": "3c6f2a1e-8b4d-4f7a-9e2c-5d1b0a9f8e7c",
    });
    const desk = ssp.metadata.parties.find((p: Json) => p.name === "SOC desk");
    expect(desk).toEqual({
      uuid: desk.uuid,
      type: "person",
      name: "SOC desk",
      "email-addresses": ["soc@blueline.example"],
      "telephone-numbers": [{ number: "+44 20 7946 0123" }],
      "member-of-organizations": [party.uuid],
    });
    const contacts = ssp.metadata["responsible-parties"].find((r: Json) => r["role-id"] === "point-of-contact");
    expect(contacts["party-uuids"]).toEqual([desk.uuid, partyUuid(ssp, "Nadia Brooks")]);
  });

  it("puts its share on the implemented requirement: a responsible role and a by-component of its service", () => {
    const cp9 = requirement(ssp, "cp-9");
    expect(cp9["responsible-roles"]).toEqual([
      { "role-id": "accountable", "party-uuids": [partyUuid(ssp, "Ann Lee")] },
      { "role-id": "responsible", "party-uuids": [partyUuid(ssp, "Bob Stone"), blueline().uuid] },
    ]);
    const byComponent = cp9["by-components"].find((c: Json) => c["component-uuid"] === componentUuid(ssp, "Blueline Security"));
    expect(byComponent).toMatchObject({
      description:
        "Blueline Security is responsible for part of Backup (backup): monitors the backup jobs. Ann Lee of Acme stays accountable.",
      "responsible-roles": [{ "role-id": "responsible", "party-uuids": [blueline().uuid] }],
    });
    const component = ssp["system-implementation"].components.find((c: Json) => c.title === "Blueline Security");
    expect(component).toMatchObject({
      type: "service",
      "responsible-roles": [{ "role-id": "third-party", "party-uuids": [blueline().uuid] }],
    });
    // A control with no share of the third party has no by-component of it.
    expect(requirement(ssp, "pe-3")["by-components"].map((c: Json) => c["component-uuid"])).not.toContain(component.uuid);
  });

  it("records the duty's SLA facts as props", () => {
    const props = requirement(ssp, "cp-9").props.filter((p: Json) => p.name.startsWith("sla-") || p.name === "third-party");
    expect(props.map((p: Json) => [p.name, p.value, p.class])).toEqual([
      ["third-party", blueline().uuid, "responsible"],
      ["sla-incident-response", "PT4H", undefined],
      ["sla-audit-logs-owner", "organisation", undefined],
      ["sla-regulator-notified-by", blueline().uuid, undefined],
    ]);
  });
});

describe("stateResources", () => {
  const resource = (type: string, name: string, extra: Json = {}) => ({ urn: `urn:pulumi:dev::app::${type}::${name}`, type, ...extra });

  it("reads a stack export, skipping the stack, providers, components and pending deletes", () => {
    const state = {
      version: 3,
      deployment: {
        resources: [
          resource("pulumi:pulumi:Stack", "app-dev"),
          resource("pulumi:providers:aws", "default"),
          resource("my:component:Site", "site", { custom: false }),
          resource("aws:s3/bucketV2:BucketV2", "old", { custom: true, delete: true }),
          resource("aws:s3/bucketV2:BucketV2", "logs", { custom: true, outputs: { tags: { Owner: "bob" }, tagsAll: { OWNER: "ann" } } }),
          resource("azure-native:storage:StorageAccount", "sa", { custom: true, outputs: { tags: { owner: "bob@acme.example" } } }),
          resource("aws:ec2/vpc:Vpc", "main", { custom: true, outputs: { tags: { owner: { ciphertext: "x" } } } }),
        ],
      },
    };
    expect(stateResources(state, "owner")).toEqual([
      { urn: "urn:pulumi:dev::app::aws:s3/bucketV2:BucketV2::logs", type: "aws:s3/bucketV2:BucketV2", owner: "ann" },
      {
        urn: "urn:pulumi:dev::app::azure-native:storage:StorageAccount::sa",
        type: "azure-native:storage:StorageAccount",
        owner: "bob@acme.example",
      },
      { urn: "urn:pulumi:dev::app::aws:ec2/vpc:Vpc::main", type: "aws:ec2/vpc:Vpc" },
    ]);
  });

  it("reads a checkpoint file", () => {
    const state = { version: 3, checkpoint: { latest: { resources: [resource("aws:ec2/vpc:Vpc", "main", { custom: true })] } } };
    expect(stateResources(state, "owner")).toEqual([{ urn: "urn:pulumi:dev::app::aws:ec2/vpc:Vpc::main", type: "aws:ec2/vpc:Vpc" }]);
  });

  it("reads an empty stack as no resources", () => {
    expect(stateResources({ deployment: {} }, "owner")).toEqual([]);
  });

  it.each([
    ["a list", []],
    ["an object without a deployment", { resources: [] }],
    ["resources that are not a list", { deployment: { resources: {} } }],
  ])("refuses %s", (_title, state) => {
    expect(stateResources(state, "owner")).toBeUndefined();
  });
});
