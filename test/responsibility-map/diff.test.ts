import { describe, expect, it } from "vitest";
import { renderDiffMarkdown, renderDiffText } from "../../cli/report/map-diff";
import { diffMaps, isEmptyDiff } from "../../responsibility-map/diff";
import { SMALL_MAP_YAML, smallMap } from "./small-map";

const options = { since: "2026-07-01", today: "2026-10-15" };

/** The small map after a quarter of changes: one of each kind the diff reports. */
const AFTER_YAML = SMALL_MAP_YAML.replace(
  "  - { id: bob, name: Bob Stone, email: bob@acme.example, role: Engineer, status: active }",
  [
    "  - { id: bob, name: Bob Stone, email: bob@acme.example, role: Engineer, status: departed, departed: 2026-09-30 }",
    "  - { id: cy, name: Cy Young, email: cy@acme.example, role: Engineer, status: active }",
  ].join("\n"),
)
  .replace("    responsible: [bob]\n", "    responsible: [cy]\n")
  .replace("    informed: [bob]\n", "")
  .replace("    accountable: bob\n", "    accountable: cy\n")
  .replace("    side: provider\n", "    side: shared\n")
  .replace(
    "review: { last: 2026-01-01, cadenceDays: 90, signedOffBy: ann, signedOffOn: 2026-01-02 }",
    "review: { last: 2026-09-01, cadenceDays: 90, signedOffBy: ann, signedOffOn: 2026-09-02 }",
  )
  .concat(
    [
      "  - id: EX-2",
      '    resources: "urn:pulumi:*::*::aws:s3/bucketV2:BucketV2::tmp-*"',
      "    duty: backup",
      "    reason: Scratch buckets.",
      "    approver: ann",
      "    approved: 2026-08-01",
      "    expires: 2026-12-31",
      "",
    ].join("\n"),
  );

describe("diffMaps", () => {
  it("reports accountability, sides, people, exceptions and reviews", () => {
    const diff = diffMaps(smallMap(), smallMap(AFTER_YAML), options);
    expect(diff).toEqual({
      dutiesAdded: [],
      dutiesRemoved: [],
      dutiesChanged: [
        { id: "physical-security", title: "Physical security", side: { before: "provider", after: "shared" } },
        { id: "encryption-at-rest", title: "Encryption at rest", accountable: { before: "Bob Stone", after: "Cy Young" } },
      ],
      peopleJoined: [{ id: "cy", name: "Cy Young" }],
      peopleLeft: [{ id: "bob", name: "Bob Stone", departed: "2026-09-30" }],
      peopleRemoved: [],
      exceptionsAdded: [{ id: "EX-2", target: "backup", expires: "2026-12-31" }],
      exceptionsExpired: [{ id: "EX-1", target: "encryption-at-rest", expires: "2026-09-30" }],
      exceptionsExpiryChanged: [],
      exceptionsRemoved: [],
      reviewsSigned: [{ id: "backup", title: "Backup", last: "2026-09-01", signedOffBy: "Ann Lee", signedOffOn: "2026-09-02" }],
      thirdPartyReviewsSigned: [],
      fieldChanges: [
        { section: "duties", item: "backup", label: "Backup", field: "responsible", kind: "added", value: "cy" },
        { section: "duties", item: "backup", label: "Backup", field: "responsible", kind: "removed", value: "bob" },
        { section: "duties", item: "physical-security", label: "Physical security", field: "informed", kind: "removed", value: "bob" },
      ],
    });
  });

  it("reports an extended expiry and a removed exception", () => {
    const extended = smallMap(SMALL_MAP_YAML.replace("expires: 2026-09-30", "expires: 2026-12-31"));
    expect(diffMaps(smallMap(), extended, options).exceptionsExpiryChanged).toEqual([
      { id: "EX-1", target: "encryption-at-rest", expires: "2026-12-31", previousExpires: "2026-09-30" },
    ]);
    const removed = smallMap(SMALL_MAP_YAML.slice(0, SMALL_MAP_YAML.indexOf("exceptions:")));
    expect(diffMaps(smallMap(), removed, options).exceptionsRemoved).toEqual([
      { id: "EX-1", target: "encryption-at-rest", expires: "2026-09-30" },
    ]);
  });

  it("does not call an exception expired when it had already expired at the old revision", () => {
    expect(diffMaps(smallMap(), smallMap(), { since: "2026-10-01", today: "2026-10-15" }).exceptionsExpired).toEqual([]);
  });

  it("reports scope side changes as side changes", () => {
    const after = smallMap(SMALL_MAP_YAML.replace("        side: shared\n", "        side: provider\n"));
    expect(diffMaps(smallMap(), after, options).dutiesChanged).toEqual([
      {
        id: "encryption-at-rest",
        title: "Encryption at rest",
        side: { before: "customer (aws aws:dynamodb/table:Table: shared)", after: "customer (aws aws:dynamodb/table:Table: provider)" },
      },
    ]);
  });

  it("finds nothing between identical maps", () => {
    expect(isEmptyDiff(diffMaps(smallMap(), smallMap(), { since: "2026-07-01", today: "2026-07-15" }))).toBe(true);
  });
});

describe("renderDiffText", () => {
  it("lists the changes by section", () => {
    expect(renderDiffText(diffMaps(smallMap(), smallMap(AFTER_YAML), options), "v1.0")).toBe(`Responsibility map changes since v1.0:

Duties:
  - Physical security (physical-security): side changed from provider to shared
  - Encryption at rest (encryption-at-rest): accountable person changed from Bob Stone to Cy Young
  - Backup (backup): responsible: cy added
  - Backup (backup): responsible: bob removed
  - Physical security (physical-security): informed: bob removed

People:
  - Cy Young (cy) joined
  - Bob Stone (bob) left on 2026-09-30

Exceptions:
  - EX-2 for backup: added, expires 2026-12-31
  - EX-1 for encryption-at-rest: expired on 2026-09-30

Reviews signed:
  - Backup (backup): reviewed 2026-09-01, signed off by Ann Lee on 2026-09-02
`);
  });

  it("says when nothing changed", () => {
    expect(renderDiffText(diffMaps(smallMap(), smallMap(), { since: TODAY_MINUS, today: TODAY_MINUS }), "HEAD~1")).toBe(
      "Responsibility map changes since HEAD~1: none.\n",
    );
  });
});

const TODAY_MINUS = "2026-07-01";

describe("renderDiffMarkdown", () => {
  it("renders a pull-request comment", () => {
    expect(
      renderDiffMarkdown(diffMaps(smallMap(), smallMap(AFTER_YAML), options), "main"),
    ).toBe(`### Responsibility map changes since \`main\`

**Duties**

- Physical security (\`physical-security\`): side changed from provider to shared
- Encryption at rest (\`encryption-at-rest\`): accountable person changed from Bob Stone to Cy Young
- Backup (\`backup\`): \`responsible\`: \`cy\` added
- Backup (\`backup\`): \`responsible\`: \`bob\` removed
- Physical security (\`physical-security\`): \`informed\`: \`bob\` removed

**People**

- Cy Young (\`cy\`) joined
- Bob Stone (\`bob\`) left on 2026-09-30

**Exceptions**

- \`EX-2\` for \`backup\`: added, expires 2026-12-31
- \`EX-1\` for \`encryption-at-rest\`: expired on 2026-09-30

**Reviews signed**

- Backup (\`backup\`): reviewed 2026-09-01, signed off by Ann Lee on 2026-09-02
`);
  });

  it("escapes map strings and fences revisions holding backticks", () => {
    const after = smallMap(AFTER_YAML.replace("name: Cy Young", 'name: "Cy | <b>@team</b>"'));
    const markdown = renderDiffMarkdown(diffMaps(smallMap(), after, options), "a`b");
    expect(markdown).toContain("### Responsibility map changes since ``a`b``\n");
    expect(markdown).toContain("- Cy \\| &lt;b&gt;`@team`&lt;/b&gt; (`cy`) joined\n");
  });
});
