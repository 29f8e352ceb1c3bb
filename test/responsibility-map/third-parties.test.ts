import { describe, expect, it } from "vitest";
import { parseMap } from "../../responsibility-map/loader";
import { durationText } from "../../responsibility-map/model";
import { problemsOf, THIRD_PARTY_MAP_YAML } from "./small-map";

function withChange(from: string, to: string): string {
  if (!THIRD_PARTY_MAP_YAML.includes(from)) throw new Error(`the map has no "${from}"`);
  return THIRD_PARTY_MAP_YAML.replace(from, to);
}

describe("thirdParties and duties' shares", () => {
  it("loads a third party, its share of a duty and the duty's SLA facts", () => {
    const map = parseMap(THIRD_PARTY_MAP_YAML, "/maps/map.yaml");
    const party = map.thirdPartyById.get("blueline");
    expect(party).toMatchObject({ name: "Blueline Security", kind: "mssp", contract: "MSA-2026-014" });
    expect(party?.contacts[0]).toEqual({ name: "SOC desk", email: "soc@blueline.example", phone: "+44 20 7946 0123" });
    expect(party?.identifiers?.awsAccountIds).toEqual(["444455556666"]);
    const backup = map.dutyById.get("backup");
    expect(backup?.thirdParties).toEqual([{ party: "blueline", share: "monitors the backup jobs", raci: "responsible" }]);
    expect(backup?.sla).toEqual({ incidentResponse: "PT4H", auditLogsOwner: "organisation", regulatorNotifiedBy: "blueline" });
    // The accountable person is unchanged by the share.
    expect(backup?.accountable).toBe("ann");
    expect(map.dutyById.get("physical-security")?.thirdParties).toEqual([]);
    expect(map.lineOf(["thirdParties", 0, "review"])).toBe(16);
  });

  it("reads an ISO 8601 duration in words", () => {
    expect(durationText("PT4H")).toBe("4 hours");
    expect(durationText("P1DT30M")).toBe("1 day 30 minutes");
    expect(durationText("next business day")).toBe("next business day");
  });

  it.each([
    [
      "a kind outside the list",
      ["kind: mssp", "kind: friend"],
      '11: thirdParties[0].kind: must be one of "mssp", "vendor", "contractor", "saas"',
    ],
    [
      "a malformed contact email",
      ["email: nadia@blueline.example", "email: nadia.blueline.example"],
      "14: thirdParties[0].contacts[1].email: must be a valid email",
    ],
    [
      "a contact listed twice",
      ["email: nadia@blueline.example", "email: SOC@blueline.example"],
      "14: thirdParties[0].contacts[1].email: email SOC@blueline.example is already used by contacts[0]; list each contact once",
    ],
    [
      "a phone number in words",
      ["phone: +44 20 7946 0123", "phone: call the desk"],
      "13: thirdParties[0].contacts[0].phone: must be a phone number: digits, spaces and ( ) . - with an optional leading +, such as +44 20 7946 0000",
    ],
    [
      "no contact",
      [
        "    contacts:\n      - { name: SOC desk, email: soc@blueline.example, phone: +44 20 7946 0123 }\n      - { name: Nadia Brooks, email: nadia@blueline.example }\n",
        "    contacts: []\n",
      ],
      "12: thirdParties[0].contacts: must NOT have fewer than 1 items",
    ],
    ["no contract", ["    contract: MSA-2026-014\n", ""], '9: thirdParties[0].contract: missing required field "contract"'],
    [
      "an AWS account id of 11 digits",
      ['awsAccountIds: ["444455556666"]', 'awsAccountIds: ["44445555666"]'],
      "17: thirdParties[0].identifiers.awsAccountIds[0]: must be a 12-digit AWS account id, such as 123456789012",
    ],
    [
      "an Azure tenant id that is not a GUID",
      ["azureTenantIds: [3c6f2a1e-8b4d-4f7a-9e2c-5d1b0a9f8e7c]", "azureTenantIds: [contoso.onmicrosoft.com]"],
      "17: thirdParties[0].identifiers.azureTenantIds[0]: must be an Azure tenant id: a GUID such as 8f0e2c4a-1b3d-4e5f-9a7b-6c5d4e3f2a1b",
    ],
    [
      "a review signed off by someone not in people",
      ["signedOffBy: ann, signedOffOn: 2026-05-02", "signedOffBy: nadia, signedOffOn: 2026-05-02"],
      '16: thirdParties[0].review.signedOffBy: no person has id "nadia"; a review is signed off by one of people',
    ],
    [
      "a sign-off before the review",
      ["signedOffOn: 2026-05-02 }\n    identifiers", "signedOffOn: 2026-04-02 }\n    identifiers"],
      "16: thirdParties[0].review.signedOffOn: the sign-off (2026-04-02) predates the review it signs (2026-05-01)",
    ],
    ["an id a person has", ["  - id: blueline\n", "  - id: bob\n"], '9: thirdParties[0].id: "bob" is also a person id; ids must be unique'],
    [
      "a reserved id",
      ["  - id: blueline\n", "  - id: provider\n"],
      '9: thirdParties[0].id: "provider" is reserved (SLA facts use it for the provider); choose another id',
    ],
    [
      "a share naming no third party",
      ["{ party: blueline, share", "{ party: redline, share"],
      '27: duties[0].thirdParties[0].party: no third party has id "redline"; add it to thirdParties or fix the id',
    ],
    [
      "a share naming a person",
      ["{ party: blueline, share", "{ party: bob, share"],
      '27: duties[0].thirdParties[0].party: "bob" is a person; list people under responsible or consulted, and third parties here',
    ],
    [
      "a third party made accountable through its share",
      ["raci: responsible }]", "raci: accountable }]"],
      `27: duties[0].thirdParties[0].raci: a third party is "responsible" or "consulted", never accountable; the duty's accountable person stays one of the organisation's people`,
    ],
    [
      "a third party as the duty's accountable person",
      ["    accountable: ann\n    responsible: [bob]", "    accountable: blueline\n    responsible: [bob]"],
      `24: duties[0].accountable: accountable person: "blueline" is a third party, and a third party is never accountable; name one of the organisation's people and give the third party its share under thirdParties`,
    ],
    [
      "a third party listed as a responsible person",
      ["    responsible: [bob]", "    responsible: [bob, blueline]"],
      `25: duties[0].responsible[1]: responsible person: "blueline" is a third party; give it its share under the duty's thirdParties`,
    ],
    [
      "an incident response time in words",
      ["incidentResponse: PT4H", "incidentResponse: 4 hours"],
      "28: duties[0].sla.incidentResponse: must be an ISO 8601 duration in weeks, days, hours and minutes, such as PT4H, PT30M or P1D",
    ],
    [
      "an empty duration",
      ["incidentResponse: PT4H", "incidentResponse: PT"],
      "28: duties[0].sla.incidentResponse: must be an ISO 8601 duration in weeks, days, hours and minutes, such as PT4H, PT30M or P1D",
    ],
    [
      "an audit-log owner that is nobody",
      ["auditLogsOwner: organisation", "auditLogsOwner: soc-team"],
      '28: duties[0].sla.auditLogsOwner: "soc-team" is not "organisation", "provider" or the id of a third party',
    ],
  ])("refuses %s, naming file, line and field", (_title, [from, to], expected) => {
    // An id changed in the third party only: the share and the SLA facts follow it.
    const yaml = withChange(from ?? "", to ?? "");
    const renamed = /^ {2}- id: (\S+)\n/.exec(to ?? "")?.[1];
    const fixed = renamed
      ? yaml.replace("party: blueline", `party: ${renamed}`).replace("regulatorNotifiedBy: blueline", "regulatorNotifiedBy: organisation")
      : yaml;
    expect(problemsOf(fixed)).toEqual([expected]);
  });

  it("refuses an AWS account two third parties claim, and a party sharing a duty twice", () => {
    const second = `  - id: redline
    name: Redline
    kind: vendor
    contacts: [{ name: Desk, email: desk@redline.example }]
    contract: PO-7
    review: { last: 2026-05-01, cadenceDays: 365, signedOffBy: ann, signedOffOn: 2026-05-01 }
    identifiers: { awsAccountIds: ["444455556666"] }
`;
    const yaml = withChange("duties:\n", `${second}duties:\n`).replace(
      "raci: responsible }]",
      "raci: responsible }, { party: blueline, share: restores, raci: consulted }]",
    );
    expect(problemsOf(yaml)).toEqual([
      "24: thirdParties[1].identifiers.awsAccountIds[0]: AWS account 444455556666 is already claimed by blueline; an account belongs to one third party",
      '34: duties[0].thirdParties[1].party: third party "blueline" already has a share of this duty (duties[0].thirdParties[0]); give it one share',
    ]);
  });
});

describe("settings.ownAccounts", () => {
  const own = (lists: string) => withChange("  providers: [aws, azure]\n", `  providers: [aws, azure]\n  ownAccounts:\n${lists}`);

  it("loads the organisation's own accounts and tenants, empty when not given", () => {
    const map = parseMap(
      own('    awsAccountIds: ["123456789012"]\n    azureTenantIds: [00000000-0000-4000-8000-0000000000aa]\n'),
      "/m.yaml",
    );
    expect(map.settings.ownAccounts).toEqual({ awsAccountIds: ["123456789012"], azureTenantIds: ["00000000-0000-4000-8000-0000000000aa"] });
    expect(parseMap(THIRD_PARTY_MAP_YAML, "/m.yaml").settings.ownAccounts).toEqual({ awsAccountIds: [], azureTenantIds: [] });
  });

  it.each([
    [
      "an own account a third party also claims",
      '    awsAccountIds: ["123456789012", "444455556666"]\n',
      "6: settings.ownAccounts.awsAccountIds[1]: AWS account 444455556666 is also third party blueline's; an account is the organisation's own or a third party's, not both",
    ],
    [
      "an own tenant a third party also claims (case aside)",
      "    azureTenantIds: [3C6F2A1E-8B4D-4F7A-9E2C-5D1B0A9F8E7C]\n",
      "6: settings.ownAccounts.azureTenantIds[0]: Azure tenant 3C6F2A1E-8B4D-4F7A-9E2C-5D1B0A9F8E7C is also third party blueline's; an account is the organisation's own or a third party's, not both",
    ],
    [
      "an own account listed twice",
      '    awsAccountIds: ["123456789012", "123456789012"]\n',
      '6: settings.ownAccounts.awsAccountIds[1]: AWS account "123456789012" is listed twice (first at settings.ownAccounts.awsAccountIds[0]); list it once',
    ],
    [
      "an account id of 11 digits",
      '    awsAccountIds: ["12345678901"]\n',
      "6: settings.ownAccounts.awsAccountIds[0]: must be a 12-digit AWS account id, such as 123456789012",
    ],
  ])("refuses %s, naming file, line and field", (_title, lists, expected) => {
    expect(problemsOf(own(lists))).toEqual([expected]);
  });
});
