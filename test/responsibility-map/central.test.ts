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
      `${line}: settings.centrallyManaged[0].controls[0]: must be one of "cloudtrail", "ebs-encryption-by-default", "imds-defaults", "iam-password-policy", "guardduty", "security-hub", "config", "access-analyzer", "security-contact", "root-usage-alarm", "s3-account-public-access-block", "defender-plans", "defender-contact", "activity-log-alerts", "subscription-diagnostics", "ssm-patching"`,
      `${line + 1}: settings.centrallyManaged[0].accounts[0]: does not have the expected form (must match pattern "^\\d{12}$")`,
    ]);
  });

  it("loads Azure subscriptions beside or instead of accounts", () => {
    const both = parseMap(
      withCentral(
        CENTRAL.replace("[cloudtrail, ebs-encryption-by-default]", "[cloudtrail, defender-plans]").replace(
          '      accounts: ["210987654321"]\n',
          '      accounts: ["210987654321"]\n      subscriptions: ["0b1f6471-1bf0-4dda-aec3-cb9272f09590"]\n',
        ),
      ),
      "/m.yaml",
    );
    expect(both.settings.centrallyManaged[0]).toMatchObject({
      controls: ["cloudtrail", "defender-plans"],
      accounts: ["210987654321"],
      subscriptions: ["0b1f6471-1bf0-4dda-aec3-cb9272f09590"],
    });
    const only = parseMap(
      withCentral(
        CENTRAL.replace("[cloudtrail, ebs-encryption-by-default]", "[defender-contact]").replace(
          'accounts: ["210987654321"]',
          "subscriptions: all",
        ),
      ),
      "/m.yaml",
    );
    expect(only.settings.centrallyManaged[0]).toMatchObject({ controls: ["defender-contact"], subscriptions: "all" });
    expect(only.settings.centrallyManaged[0]?.accounts).toBeUndefined();
  });

  it("rejects an entry naming neither accounts nor subscriptions, once, at the entry", () => {
    const yaml = withCentral(CENTRAL.replace('      accounts: ["210987654321"]\n', ""));
    const line = yaml.split("\n").findIndex((text) => text.includes("- controls:")) + 1;
    expect(problemsOf(yaml)).toEqual([`${line}: settings.centrallyManaged[0]: a central entry names accounts, subscriptions, or both`]);
  });

  it("rejects a subscription id that is not a GUID", () => {
    const yaml = withCentral(
      CENTRAL.replace('accounts: ["210987654321"]', 'subscriptions: ["my-subscription"]').replace(
        "[cloudtrail, ebs-encryption-by-default]",
        "all",
      ),
    );
    const line = yaml.split("\n").findIndex((text) => text.includes("my-subscription")) + 1;
    expect(problemsOf(yaml)).toEqual([
      `${line}: settings.centrallyManaged[0].subscriptions[0]: does not have the expected form (must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")`,
    ]);
  });

  it("rejects a listed control whose cloud the entry names no scope for, with file, line and field", () => {
    const azureOnAccounts = withCentral(CENTRAL.replace("[cloudtrail, ebs-encryption-by-default]", "[cloudtrail, activity-log-alerts]"));
    const line = azureOnAccounts.split("\n").findIndex((text) => text.includes("activity-log-alerts")) + 1;
    expect(problemsOf(azureOnAccounts)).toEqual([
      `${line}: settings.centrallyManaged[0].controls[1]: activity-log-alerts is an Azure subscription-level control, but the entry names no subscriptions; add subscriptions ("all" or the subscription ids)`,
    ]);
    const awsOnSubscriptions = withCentral(CENTRAL.replace('accounts: ["210987654321"]', "subscriptions: all"));
    const at = awsOnSubscriptions.split("\n").findIndex((text) => text.includes("- controls:")) + 1;
    expect(problemsOf(awsOnSubscriptions)).toEqual([
      `${at}: settings.centrallyManaged[0].controls[0]: cloudtrail is an AWS account-level control, but the entry names no accounts; add accounts ("all" or the account ids)`,
      `${at}: settings.centrallyManaged[0].controls[1]: ebs-encryption-by-default is an AWS account-level control, but the entry names no accounts; add accounts ("all" or the account ids)`,
    ]);
  });

  it("requires a note saying why", () => {
    const yaml = withCentral(CENTRAL.replace("      note: The organisation trail covers every account.\n", ""));
    expect(problemsOf(yaml).join("\n")).toContain("note");
  });
});
