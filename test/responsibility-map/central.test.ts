import { describe, expect, it } from "vitest";
import { parseMap } from "../../responsibility-map/loader";
import { problemsOf, SMALL_MAP_YAML } from "./small-map";

const CENTRAL = `  centrallyManaged:
    - controls: [cloudtrail, ebs-encryption-by-default]
      accounts: ["210987654321"]
      managedBy: ann
      stack: acme/landing-zone/prod
      note: The organisation trail covers every account.
`;
const withCentral = (entry: string) => SMALL_MAP_YAML.replace("  providers: [aws, azure]\n", `  providers: [aws, azure]\n${entry}`);

describe("settings.centrallyManaged", () => {
  it("is optional: a map without it has no central controls", () => {
    expect(parseMap(SMALL_MAP_YAML, "/maps/map.yaml").settings.centrallyManaged).toEqual([]);
  });

  it("loads controls, accounts, the manager, the stack and the note", () => {
    const map = parseMap(withCentral(CENTRAL), "/maps/map.yaml");
    expect(map.settings.centrallyManaged).toEqual([
      {
        controls: ["cloudtrail", "ebs-encryption-by-default"],
        accounts: ["210987654321"],
        managedBy: "ann",
        stack: "acme/landing-zone/prod",
        note: "The organisation trail covers every account.",
      },
    ]);
  });

  it('accepts "all" for controls and accounts', () => {
    const map = parseMap(
      withCentral(CENTRAL.replace(/\[cloudtrail, ebs-encryption-by-default\]/, "all").replace('["210987654321"]', "all")),
      "/m.yaml",
    );
    expect(map.settings.centrallyManaged[0]).toMatchObject({ controls: "all", accounts: "all" });
  });

  it("rejects a manager who is not a person of the map, with file, line and field", () => {
    const yaml = withCentral(CENTRAL.replace("managedBy: ann", "managedBy: nobody"));
    const line = yaml.split("\n").findIndex((text) => text.includes("managedBy: nobody")) + 1;
    expect(problemsOf(yaml)).toEqual([
      `${line}: settings.centrallyManaged[0].managedBy: central controls manager: no person has id "nobody"; add them to people or fix the id`,
    ]);
  });

  it("rejects an unknown control and an account id that is not 12 digits", () => {
    const yaml = withCentral(CENTRAL.replace("cloudtrail,", "cloud-trail,").replace('"210987654321"', '"2109876543"'));
    const line = yaml.split("\n").findIndex((text) => text.includes("cloud-trail")) + 1;
    expect(problemsOf(yaml)).toEqual([
      `${line}: settings.centrallyManaged[0].controls[0]: must be one of "cloudtrail", "ebs-encryption-by-default", "imds-defaults", "iam-password-policy", "guardduty", "security-hub", "config", "access-analyzer", "s3-account-public-access-block"`,
      `${line + 1}: settings.centrallyManaged[0].accounts[0]: does not have the expected form (must match pattern "^\\d{12}$")`,
    ]);
  });

  it("requires a note saying why", () => {
    const yaml = withCentral(CENTRAL.replace("      note: The organisation trail covers every account.\n", ""));
    expect(problemsOf(yaml).join("\n")).toContain("note");
  });
});
