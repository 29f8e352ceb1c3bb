import { describe, expect, it } from "vitest";
import { auditStates } from "../../../cli/audit/run";
import { InputError } from "../../../cli/errors";
import { settingsFromConfig } from "../../../policies/core/config";
import type { Finding } from "../../../policies/core/finding";
import { RULES } from "../../../policies/registry";
import { awsProvider, checkpoint, MAP, NOW, providerRef, stackEntry, stackExport, tempDir, urn, volume, writeJson } from "../support/state";

const EBS = "aws-ebs-volume-require-encryption";
const OWNER_RULE = "owner-tag-require-person";

function about(findings: readonly Finding[], rule: string, status?: Finding["status"]) {
  return findings
    .filter((finding) => finding.rule === rule && (status === undefined || finding.status === status))
    .map((finding) => ({ status: finding.status, name: finding.resource?.name, owner: finding.owner?.id, problem: finding.problem }));
}

describe("auditStates", () => {
  const provider = awsProvider("default_7_48_0", { owner: "mei.chen" });
  const dir = tempDir();
  const exportFile = writeJson(
    dir,
    "shop-dev.json",
    stackExport([
      stackEntry(),
      provider,
      volume("good"),
      volume("plain", { encrypted: false }),
      volume("tagged-by-provider", { tags: {} }, { provider: providerRef(provider) }),
      volume("nobody", { tags: {} }),
      volume("legacy-1", { encrypted: false }),
      volume("read-elsewhere", { encrypted: false, tags: {} }, { external: true }),
      volume("replaced", { encrypted: false, tags: {} }, { delete: true }),
    ]),
  );
  const checkpointFile = writeJson(
    dir,
    "checkpoint.json",
    checkpoint(
      [stackEntry(), { ...volume("other", { encrypted: false }), urn: urn("aws:ebs/volume:Volume", "other", "prod") }],
      3,
      "acme/shop/prod",
    ),
  );
  const result = auditStates([exportFile, checkpointFile], { map: MAP, now: NOW });

  it("runs every rule on each stack's live resources", () => {
    expect(about(result.findings, EBS)).toEqual([
      { status: "fail", name: "plain", owner: "diego.alvarez", problem: "The volume is not encrypted: `encrypted` is false" },
      { status: "waived", name: "legacy-1", owner: "diego.alvarez", problem: "The volume is not encrypted: `encrypted` is false" },
      { status: "fail", name: "other", owner: "diego.alvarez", problem: "The volume is not encrypted: `encrypted` is false" },
    ]);
  });

  it("resolves owners through the provider's default tags", () => {
    expect(about(result.findings, OWNER_RULE)).toEqual([
      {
        status: "fail",
        name: "nobody",
        owner: undefined,
        problem: "The resource has no `owner` tag, on itself or (AWS) in its provider's default tags",
      },
    ]);
  });

  it("does not report on external resources or resources pending deletion", () => {
    const names = new Set(result.findings.map((finding) => finding.resource?.name));
    expect(names.has("read-elsewhere")).toBe(false);
    expect(names.has("replaced")).toBe(false);
  });

  it("summarises each stack and says which findings are its own", () => {
    const [shop, prod] = result.stacks;
    expect(shop).toMatchObject({ stack: "shop/dev", format: "stack-export", resources: 9, audited: 5, external: 1, providers: 1 });
    expect(shop?.pendingDeletion.map((ref) => ref.name)).toEqual(["replaced"]);
    expect(prod).toMatchObject({ stack: "acme/shop/prod", format: "checkpoint", audited: 1 });
    const [from, to] = prod?.findingRange ?? [0, 0];
    expect(result.findings.slice(from, to).some((finding) => finding.resource?.name === "other")).toBe(true);
    expect(shop?.findingRange[1]).toBe(from);
    expect(to).toBe(result.findings.length);
    expect(result.warnings.join("\n")).toContain("1 resource is pending deletion");
  });

  it("reports findings about the map once per audit, before and outside every stack's range", () => {
    const mapRules = new Set(RULES.filter((rule) => rule.kind === "stack" && rule.resourceTypes.length === 0).map((rule) => rule.name));
    const single = auditStates([exportFile], { map: MAP, now: NOW });
    const aboutMap = (findings: readonly Finding[]) => findings.filter((finding) => mapRules.has(finding.rule));
    expect(aboutMap(single.findings).length).toBeGreaterThan(0);
    expect(aboutMap(result.findings)).toEqual(aboutMap(single.findings));
    const first = result.stacks[0]?.findingRange[0] ?? 0;
    expect(result.findings.slice(0, first)).toEqual(aboutMap(result.findings));
  });

  it("applies configured levels", () => {
    const settings = settingsFromConfig(RULES, { [EBS]: "advisory", [OWNER_RULE]: "disabled" });
    const configured = auditStates([exportFile], { map: MAP, now: NOW, settings });
    expect(configured.findings.filter((finding) => finding.rule === EBS).map((finding) => finding.enforcementLevel)).toEqual([
      "advisory",
      "advisory",
    ]);
    expect(configured.findings.some((finding) => finding.rule === OWNER_RULE)).toBe(false);
  });

  it("reads a directory of state files and reports progress per file", () => {
    const seen: string[] = [];
    const fromDir = auditStates([dir], { map: MAP, now: NOW, onFile: (done, total) => seen.push(`${done}/${total}`) });
    expect(fromDir.stacks.map((stack) => stack.file)).toEqual([checkpointFile, exportFile]);
    expect(seen).toEqual(["1/2", "2/2"]);
  });

  it("rejects a file that is not state, naming it", () => {
    const bad = writeJson(tempDir(), "package.json", { name: "x" });
    expect(() => auditStates([exportFile, bad], { map: MAP, now: NOW })).toThrow(InputError);
    expect(() => auditStates([bad], { map: MAP, now: NOW })).toThrow(`${bad}: expected Pulumi state`);
  });
});
