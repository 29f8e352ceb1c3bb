/** The one message formatter every finding goes through (policies/core/message.ts). */
import { describe, expect, it } from "vitest";
import { formatMessage } from "../../policies/core/message";

const PARTS = {
  why: "anyone on the path can read the traffic.",
  fix: "set `minimumTlsVersion` to TLS1_2",
  dutyTitle: "encryption in transit",
  owner: { id: "diego.alvarez", name: "Diego Alvarez", email: "diego.alvarez@northwind.example" },
  accountable: { id: "amara.okafor", name: "Amara Okafor", email: "amara.okafor@northwind.example" },
};

describe("formatMessage", () => {
  it("joins what is wrong and why with 'so', then the fix and who acts", () => {
    expect(formatMessage({ ...PARTS, actual: 'the account allows TLS 1.0: `minimumTlsVersion` is "TLS1_0"' })).toBe(
      'The account allows TLS 1.0: `minimumTlsVersion` is "TLS1_0", so anyone on the path can read the traffic. ' +
        "Set `minimumTlsVersion` to TLS1_2. Owner: Diego Alvarez <diego.alvarez@northwind.example>. " +
        "Accountable for encryption in transit: Amara Okafor <amara.okafor@northwind.example>.",
    );
  });

  it("joins the reason with 'and' when the clause already draws a consequence with 'so'", () => {
    const message = formatMessage({ ...PARTS, actual: "`minimumTlsVersion` is not set, so Azure accepts TLS 1.0" });
    expect(message).toMatch(/^`minimumTlsVersion` is not set, so Azure accepts TLS 1\.0, and anyone on the path can read the traffic\. /);
    expect(message.match(/, so /g)).toHaveLength(1);
  });

  it("joins with 'and' when the reason itself draws a consequence with 'so'", () => {
    const message = formatMessage({
      ...PARTS,
      actual: "the key never rotates",
      why: "one key protects data for ever, so a leak exposes it all",
    });
    expect(message).toMatch(/^The key never rotates, and one key protects data for ever, so a leak exposes it all\. /);
  });

  it("adds notes as sentences and names nobody when the map names nobody", () => {
    const message = formatMessage({
      ...PARTS,
      actual: "the account allows TLS 1.0",
      owner: undefined,
      ownerProblem: "no `owner` tag",
      accountable: undefined,
      notes: ["exception EX-9 expired on 2026-01-01 and no longer applies"],
    });
    expect(message).toContain(" Exception EX-9 expired on 2026-01-01 and no longer applies. ");
    expect(message).toContain("Owner: nobody (no `owner` tag). Accountable for encryption in transit: nobody named in the map.");
  });
});
