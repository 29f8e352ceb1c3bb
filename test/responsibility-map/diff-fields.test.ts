/**
 * `map diff` reports a change to every field of the schema. The cases are generated from
 * responsibility-map/schema.json: for every leaf property path, a fully populated map is altered at
 * that path (the first entry of each list on the way) and the diff must say so, naming the entry.
 * A field added to the schema is covered here without touching this file.
 */
import { describe, expect, it } from "vitest";
import { renderDiffMarkdown, renderDiffText } from "../../cli/report/map-diff";
import { diffMaps, isEmptyDiff, UNCOMPARED_FIELDS } from "../../responsibility-map/diff";
import { buildMap, mapSchema, parseMap, type RawMap } from "../../responsibility-map/loader";
import type { ResponsibilityMap } from "../../responsibility-map/model";
import { SMALL_MAP_YAML, smallMap, smallMapWith } from "./small-map";

/** Every optional field set, so each leaf of the schema has a value to change. */
const FULL_MAP_YAML = `version: 1
settings:
  organization: Acme
  ownerTagKey: owner
  providers: [aws, azure]
  centrallyManaged:
    - { controls: [cloudtrail], accounts: ["123456789012"], managedBy: bob, stack: acme/landing-zone/prod, note: The landing zone's trail. }
people:
  - id: ann
    name: Ann Lee
    email: ann@acme.example
    role: CISO
    status: departed
    departed: 2026-05-31
    identities:
      awsIamUsers: [ann.lee]
      awsIdentityCenterUsers: [ann@acme.example]
      entraObjectIds: [0f8fad5b-d9cb-469f-a165-70867728950e]
      entraUserPrincipalNames: [ann@acme.example]
      other: [{ system: github, id: annlee }]
  - { id: bob, name: Bob Stone, email: bob@acme.example, role: Engineer, status: active }
  - { id: cy, name: Cy Young, email: cy@acme.example, role: Engineer, status: active }
teams:
  - { id: platform, name: Platform, email: platform@acme.example, members: [bob, cy] }
thirdParties:
  - id: mssp
    name: Blue SOC
    kind: mssp
    contacts: [{ name: SOC desk, email: soc@blue.example, phone: +1 555 0100 }]
    contract: MSA-1
    review: { last: 2026-05-01, cadenceDays: 180, signedOffBy: bob, signedOffOn: 2026-05-02 }
    identifiers: { awsAccountIds: ["444455556666"], azureTenantIds: [3c6f2a1e-8b4d-4f7a-9e2c-5d1b0a9f8e7c] }
duties:
  - id: encryption-at-rest
    title: Encryption at rest
    description: Stored data is encrypted.
    side: customer
    scopes:
      - { provider: aws, resourceTypes: ["aws:dynamodb/table:Table"], side: shared, note: DynamoDB always encrypts. }
    controls: [SC-28]
    accountable: bob
    responsible: [cy]
    consulted: [bob]
    informed: [cy]
    review: { last: 2026-05-01, cadenceDays: 90, signedOffBy: bob, signedOffOn: 2026-05-03 }
    thirdParties: [{ party: mssp, share: watches the logs, raci: responsible }]
    sla: { incidentResponse: PT4H, auditLogsOwner: organisation, regulatorNotifiedBy: mssp }
exceptions:
  - id: EX-1
    resources: "urn:pulumi:*::*::aws:ebs/volume:Volume::legacy-*"
    rule: aws-ebs-volume-require-encryption
    reason: Legacy volumes are migrated in Q3.
    approver: bob
    approved: 2026-06-01
    expires: 2026-09-30
classification:
  tagKey: data-classification
  default: internal
  levels:
    - id: internal
      title: Internal
      description: Staff only.
      requirements:
        { customerManagedKey: false, minBackupRetentionDays: 7, minLogRetentionDays: 30, deletionProtection: false, mfaDelete: false }
    - { id: confidential, title: Confidential, description: Need to know., requirements: { customerManagedKey: true } }
`;

interface SchemaNode {
  readonly $ref?: string;
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
}
const ROOT = mapSchema as SchemaNode & { readonly $defs: Readonly<Record<string, SchemaNode>> };
const resolve = (node: SchemaNode): SchemaNode => (node.$ref ? resolve(ROOT.$defs[node.$ref.replace("#/$defs/", "")] ?? {}) : node);

/** A path into the map: property names, and `[]` for "the first entry of this list". */
type Leaf = { readonly path: readonly string[]; readonly schema: SchemaNode };

function leaves(node: SchemaNode, path: readonly string[] = []): Leaf[] {
  const type = resolve(node);
  if (type.properties) return Object.entries(type.properties).flatMap(([key, child]) => leaves(child, [...path, key]));
  if (type.type === "array" && type.items) return leaves(type.items, [...path, "[]"]);
  return [{ path, schema: type }];
}

const LEAVES = leaves(ROOT).filter((leaf) => !UNCOMPARED_FIELDS.has(leaf.path[0] ?? ""));

/** Another value of the leaf's type: another enum member, the other boolean, one more, a longer text. */
function altered(schema: SchemaNode, value: unknown): unknown {
  if (schema.enum) return schema.enum.find((option) => option !== value);
  if (schema.type === "boolean") return value !== true;
  if (schema.type === "integer") return (typeof value === "number" ? value : 0) + 1;
  return typeof value === "string" ? `${value}-altered` : "altered";
}

/** The map's data as the file would hold it (the parts the schema describes). */
function dataOf(map: ResponsibilityMap): Record<string, unknown> {
  const { settings, people, teams, thirdParties, duties, exceptions, classification } = map;
  return structuredClone({ settings, people, teams, thirdParties, duties, exceptions, classification }) as Record<string, unknown>;
}

/** The map with the leaf changed; the ids of the list entries on the way, to find in the report. */
function alter(base: ResponsibilityMap, leaf: Leaf): { map: ResponsibilityMap; ids: string[] } {
  const data = dataOf(base);
  const ids: string[] = [];
  let parent: Record<string | number, unknown> = data;
  for (const [index, part] of leaf.path.entries()) {
    const key = part === "[]" ? 0 : part;
    if (index === leaf.path.length - 1) {
      parent[key] = altered(leaf.schema, parent[key]);
      break;
    }
    const next = parent[key];
    if (typeof next !== "object" || next === null)
      throw new Error(`the full map has nothing at ${leaf.path.slice(0, index + 1).join(".")}`);
    const id = (next as Record<string, unknown>)["id"];
    if (part === "[]" && typeof id === "string") ids.push(id);
    parent = next as Record<string | number, unknown>;
  }
  return { map: buildMap(data as unknown as RawMap, base.source, base.lineOf), ids };
}

/**
 * Fields whose change is reported in words rather than by name: the words for each. A field named
 * here is still checked to be reported; only the phrase differs.
 */
const WORDED: Readonly<Record<string, RegExp>> = {
  id: /added|joined/,
  accountable: /accountable person changed/,
  side: /side changed/,
  provider: /side changed/,
  resourceTypes: /side changed/,
  status: /left|status/,
  expires: /expiry changed/,
  last: /reviewed/,
  signedOffOn: /reviewed/,
};

describe("map diff reports a change to every leaf of schema.json", () => {
  const base = parseMap(FULL_MAP_YAML, "/maps/map.yaml");
  const options = { since: "2026-07-01", today: "2026-07-01" };

  it("walks a schema with the fields the issue lists (so the generated table is not empty)", () => {
    const paths = LEAVES.map((leaf) => leaf.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "exceptions.[].resources",
        "exceptions.[].rule",
        "exceptions.[].duty",
        "exceptions.[].reason",
        "exceptions.[].approver",
        "exceptions.[].approved",
        "exceptions.[].expires",
        "duties.[].side",
        "duties.[].scopes.[].note",
        "duties.[].controls.[]",
        "duties.[].responsible.[]",
        "duties.[].consulted.[]",
        "duties.[].informed.[]",
        "duties.[].review.cadenceDays",
        "duties.[].review.signedOffBy",
        "people.[].email",
        "people.[].role",
        "people.[].status",
        "teams.[].members.[]",
        "settings.ownerTagKey",
        "classification.levels.[].requirements.mfaDelete",
        "thirdParties.[].name",
        "thirdParties.[].kind",
        "thirdParties.[].contacts.[].email",
        "thirdParties.[].contacts.[].phone",
        "thirdParties.[].contract",
        "thirdParties.[].review.cadenceDays",
        "thirdParties.[].identifiers.awsAccountIds.[]",
        "thirdParties.[].identifiers.azureTenantIds.[]",
        "duties.[].thirdParties.[].party",
        "duties.[].thirdParties.[].share",
        "duties.[].thirdParties.[].raci",
        "duties.[].sla.incidentResponse",
        "duties.[].sla.auditLogsOwner",
        "duties.[].sla.regulatorNotifiedBy",
      ]),
    );
    expect(isEmptyDiff(diffMaps(base, base, options))).toBe(true);
  });

  it("reports nothing between two separately parsed copies of the same map (lists compared by content)", () => {
    const copy = parseMap(FULL_MAP_YAML, "/maps/map.yaml");
    expect(diffMaps(base, copy, options).fieldChanges).toEqual([]);
    expect(isEmptyDiff(diffMaps(base, copy, options))).toBe(true);
  });

  it.each(LEAVES.map((leaf) => [leaf.path.join("."), leaf] as const))("%s", (_path, leaf) => {
    const { map, ids } = alter(base, leaf);
    const diff = diffMaps(base, map, options);
    const text = renderDiffText(diff, "v1");
    expect(isEmptyDiff(diff), text).toBe(false);
    const name = leaf.path.filter((part) => part !== "[]").at(-1) ?? "";
    expect(text).toMatch(WORDED[name] ?? name);
    for (const id of ids) expect(text).toContain(id);
    // The same change reaches the Markdown report.
    expect(renderDiffMarkdown(diff, "v1")).not.toMatch(/No changes/);
  });
});

describe("map diff on the changes that used to report nothing", () => {
  const options = { since: "2026-07-01", today: "2026-07-15" };

  it("an exception widened from one rule on legacy-* volumes to a whole duty on every URN", () => {
    const narrow = smallMapWith("    duty: encryption-at-rest\n", "    rule: aws-ebs-volume-require-encryption\n");
    const wide = smallMapWith('    resources: "urn:pulumi:*::*::aws:ebs/volume:Volume::legacy-*"\n', '    resources: "*"\n');
    const diff = diffMaps(narrow, wide, options);
    expect(diff.fieldChanges).toEqual([
      {
        section: "exceptions",
        item: "EX-1",
        field: "resources",
        kind: "changed",
        before: "urn:pulumi:*::*::aws:ebs/volume:Volume::legacy-*",
        after: "*",
      },
      { section: "exceptions", item: "EX-1", field: "rule", kind: "unset", before: "aws-ebs-volume-require-encryption" },
      { section: "exceptions", item: "EX-1", field: "duty", kind: "set", after: "encryption-at-rest" },
    ]);
    expect(renderDiffText(diff, "v1")).toBe(`Responsibility map changes since v1:

Exceptions:
  - EX-1: resources changed from urn:pulumi:*::*::aws:ebs/volume:Volume::legacy-* to *
  - EX-1: rule removed (was aws-ebs-volume-require-encryption)
  - EX-1: duty set to encryption-at-rest
`);
    expect(renderDiffMarkdown(diff, "v1")).toContain(
      "- `EX-1`: `resources` changed from `urn:pulumi:*::*::aws:ebs/volume:Volume::legacy-*` to `*`\n",
    );
  });

  it("a review cadence, a sign-off by someone else, and a person's email", () => {
    const before = smallMap();
    const after = smallMapWithAll(
      [
        "review: { last: 2026-06-01, cadenceDays: 365, signedOffBy: ann, signedOffOn: 2026-06-01 }",
        "review: { last: 2026-06-01, cadenceDays: 730, signedOffBy: bob, signedOffOn: 2026-06-01 }",
      ],
      ["email: bob@acme.example", "email: bob@elsewhere.example"],
    );
    expect(renderDiffText(diffMaps(before, after, options), "v1")).toBe(`Responsibility map changes since v1:

Duties:
  - Physical security (physical-security): review.cadenceDays changed from 365 to 730
  - Physical security (physical-security): review.signedOffBy changed from ann to bob

People:
  - Bob Stone (bob): email changed from bob@acme.example to bob@elsewhere.example
`);
  });

  it("classification levels reordered, a team added", () => {
    const base = parseMap(FULL_MAP_YAML, "/maps/map.yaml");
    const swapped = FULL_MAP_YAML.replace(
      /( {4}- id: internal[\s\S]*?mfaDelete: false \}\n)( {4}- \{ id: confidential.*\n)/,
      "$2$1",
    ).replace("teams:\n", "teams:\n  - { id: security, name: Security, members: [bob] }\n");
    const text = renderDiffText(diffMaps(base, parseMap(swapped, "/maps/map.yaml"), options), "v1");
    expect(text).toContain("Teams:\n  - Security (security): added\n");
    expect(text).toContain("Classification:\n  - classification.levels: order changed\n");
  });
});

describe("map diff on third parties", () => {
  const options = { since: "2026-07-01", today: "2026-07-15" };
  const base = parseMap(FULL_MAP_YAML, "/maps/map.yaml");
  const changed = (from: string, to: string) => {
    if (!FULL_MAP_YAML.includes(from)) throw new Error(`the full map has no "${from}"`);
    return parseMap(FULL_MAP_YAML.replace(from, to), "/maps/map.yaml");
  };

  it("a third party's review signed again, in words, and its contract changed, by field", () => {
    const after = changed(
      "contract: MSA-1\n    review: { last: 2026-05-01, cadenceDays: 180, signedOffBy: bob, signedOffOn: 2026-05-02 }",
      "contract: MSA-2\n    review: { last: 2026-07-10, cadenceDays: 180, signedOffBy: bob, signedOffOn: 2026-07-11 }",
    );
    expect(renderDiffText(diffMaps(base, after, options), "v1")).toBe(`Responsibility map changes since v1:

Third parties:
  - Blue SOC (mssp): contract changed from MSA-1 to MSA-2

Reviews signed:
  - Third party Blue SOC (mssp): reviewed 2026-07-10, signed off by Bob Stone on 2026-07-11
`);
  });

  it("a duty's third-party share and SLA facts, field by field", () => {
    const after = changed(
      "share: watches the logs, raci: responsible }]\n    sla: { incidentResponse: PT4H,",
      "share: watches the logs, raci: consulted }]\n    sla: { incidentResponse: PT1H,",
    );
    const text = renderDiffText(diffMaps(base, after, options), "v1");
    expect(text).toContain("  - Encryption at rest (encryption-at-rest): thirdParties[0].raci changed from responsible to consulted\n");
    expect(text).toContain("  - Encryption at rest (encryption-at-rest): sla.incidentResponse changed from PT4H to PT1H\n");
  });
});

/** The small map with several replacements, each of text it holds. */
function smallMapWithAll(...replacements: [string, string][]): ResponsibilityMap {
  let yaml = SMALL_MAP_YAML;
  for (const [from, to] of replacements) {
    if (!yaml.includes(from)) throw new Error(`the small map has no "${from}"`);
    yaml = yaml.replace(from, to);
  }
  return smallMap(yaml);
}
