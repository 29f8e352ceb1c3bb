import { describe, expect, it } from "vitest";
import { parseMap } from "../../responsibility-map/loader";
import { identityKey } from "../../responsibility-map/model";
import { problemsOf, SMALL_MAP_YAML } from "./small-map";

const withIdentities = (ann: string, bob = "") =>
  SMALL_MAP_YAML.replace("role: CISO, status: active }", `role: CISO, status: active, identities: ${ann} }`).replace(
    "role: Engineer, status: active }",
    `role: Engineer, status: active${bob ? `, identities: ${bob}` : ""} }`,
  );

describe("people[].identities", () => {
  it("indexes each identity, case-folded, to its person", () => {
    const map = parseMap(withIdentities('{ awsIamUsers: [Ann], entraObjectIds: ["5A0C7E1D-3B2F-4C8E-9D61-2F4B8A7C9E03"] }'), "/m.yaml");
    expect(map.personByIdentity.get(identityKey("awsIamUsers", "ann"))?.id).toBe("ann");
    expect(map.personByIdentity.get(identityKey("entraObjectIds", "5a0c7e1d-3b2f-4c8e-9d61-2f4b8a7c9e03"))?.id).toBe("ann");
  });

  it("refuses an identity two people claim, naming file, line and field", () => {
    expect(problemsOf(withIdentities("{ awsIamUsers: [ops] }", "{ awsIamUsers: [OPS] }"))).toEqual([
      '7: people[1].identities.awsIamUsers[0]: IAM user "OPS" is already claimed by ann (people[0]); an identity belongs to one person',
    ]);
  });

  it("refuses a UPN that is another person's email", () => {
    expect(problemsOf(withIdentities("{ entraUserPrincipalNames: [bob@acme.example] }"))).toEqual([
      '6: people[0].identities.entraUserPrincipalNames[0]: Entra user principal name "bob@acme.example" is the email of bob; an identity belongs to one person',
    ]);
  });

  it("refuses an object id that is not a GUID", () => {
    expect(problemsOf(withIdentities("{ entraObjectIds: [not-a-guid] }"))).toEqual([
      "6: people[0].identities.entraObjectIds[0]: must be an Entra object id: a GUID such as 8f0e2c4a-1b3d-4e5f-9a7b-6c5d4e3f2a1b",
    ]);
  });
});
