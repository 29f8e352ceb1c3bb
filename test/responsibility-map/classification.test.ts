/** The map's classification section: loading, referential checks, the core lookup, the matrix and OSCAL. */
import { UnknownValueError } from "@pulumi/policy";
import { describe, expect, it } from "vitest";
import { levelRows, renderMatrixCsv, renderMatrixHtmlBody, renderMatrixMarkdown, renderMatrixText } from "../../cli/report/matrix";
import { buildSsp } from "../../cli/report/oscal";
import { classificationOf, requirement } from "../../policies/core/classification";
import { AWS } from "../../policies/core/tokens";
import { parseMap } from "../../responsibility-map/loader";
import { MAP_WITHOUT_CLASSIFICATION } from "../support/classification";
import { MAP, resource, toView, UNKNOWN } from "../support/rules";
import { problemsOf, SMALL_MAP_YAML } from "./small-map";

const CLASSIFICATION = `classification:
  default: internal
  levels:
    - id: internal
      title: Internal
      description: Business data.
      requirements: { customerManagedKey: false, minBackupRetentionDays: 7 }
    - id: restricted
      title: Restricted
      description: Regulated data.
      requirements: { customerManagedKey: true }
`;

describe("the classification section of the map", () => {
  it("is optional: a map without it loads and has no levels", () => {
    expect(parseMap(SMALL_MAP_YAML, "/maps/map.yaml").classification).toBeUndefined();
  });

  it("loads levels in order, with the default tag key", () => {
    const map = parseMap(SMALL_MAP_YAML + CLASSIFICATION, "/maps/map.yaml");
    expect(map.classification?.tagKey).toBe("data-classification");
    expect(map.classification?.default).toBe("internal");
    expect(map.classification?.levels.map((level) => level.id)).toEqual(["internal", "restricted"]);
  });

  it("rejects a default that names no level, with file, line and field", () => {
    const yaml = SMALL_MAP_YAML + CLASSIFICATION.replace("default: internal", "default: secret");
    const line = yaml.split("\n").findIndex((text) => text.includes("default: secret")) + 1;
    expect(problemsOf(yaml)).toEqual([
      `${line}: classification.default: no classification level has id "secret"; name one of internal, restricted`,
    ]);
  });

  it("rejects a duplicate level id, with file, line and field", () => {
    const yaml = SMALL_MAP_YAML + CLASSIFICATION.replace("- id: restricted", "- id: internal");
    const line = yaml.split("\n").lastIndexOf("    - id: internal") + 1;
    expect(problemsOf(yaml)).toEqual([
      `${line}: classification.levels[1].id: duplicate classification level id "internal" (first used at classification.levels[0])`,
    ]);
  });

  it("loads the optional retention maxima and rejects a log maximum below the log minimum", () => {
    const ok =
      SMALL_MAP_YAML +
      CLASSIFICATION.replace("minBackupRetentionDays: 7", "minLogRetentionDays: 90, maxLogRetentionDays: 365, maxDataRetentionDays: 3650");
    expect(parseMap(ok, "/maps/map.yaml").classification?.levels[0]?.requirements).toMatchObject({
      maxLogRetentionDays: 365,
      maxDataRetentionDays: 3650,
    });
    const yaml = SMALL_MAP_YAML + CLASSIFICATION.replace("minBackupRetentionDays: 7", "minLogRetentionDays: 90, maxLogRetentionDays: 30");
    const line = yaml.split("\n").findIndex((text) => text.includes("maxLogRetentionDays: 30")) + 1;
    expect(problemsOf(yaml)).toEqual([
      `${line}: classification.levels[0].requirements.maxLogRetentionDays: maxLogRetentionDays 30 is below minLogRetentionDays 90; logs could not be kept long enough`,
    ]);
  });

  it("rejects an unknown requirement through the schema", () => {
    const yaml = SMALL_MAP_YAML + CLASSIFICATION.replace("minBackupRetentionDays: 7", "minBackupDays: 7");
    expect(problemsOf(yaml).join("\n")).toContain('classification.levels[0].requirements.minBackupDays: unknown field "minBackupDays"');
  });
});

describe("classificationOf and requirement", () => {
  const bucket = (tags: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    toView(resource(AWS.s3BucketV2, "data", { tags: { owner: "diego.alvarez", ...tags }, ...extra }));

  it("reads the level from the tag, case-insensitively", () => {
    const status = classificationOf(bucket({ "Data-Classification": "Confidential" }), MAP);
    expect(status).toMatchObject({ kind: "tagged", level: { id: "confidential" } });
  });

  it("falls back to the map's default level when the tag is missing", () => {
    expect(classificationOf(bucket({}), MAP)).toMatchObject({ kind: "default", level: { id: "internal" } });
  });

  it("holds a tag naming no level to the most sensitive level", () => {
    expect(classificationOf(bucket({ "data-classification": "secret-ish" }), MAP)).toMatchObject({
      kind: "unrecognised",
      level: { id: "restricted" },
    });
  });

  it("counts the AWS provider's default tags", () => {
    const view = toView({
      ...resource(AWS.s3BucketV2, "data", {}),
      provider: { type: AWS.provider, props: { defaultTags: JSON.stringify({ tags: { "data-classification": "public" } }) } },
    });
    expect(classificationOf(view, MAP)).toMatchObject({ kind: "tagged", level: { id: "public" } });
  });

  it("throws the SDK's unknown-value error for an unknown tag value during preview", () => {
    expect(() => classificationOf(bucket({ "data-classification": UNKNOWN.string }), MAP)).toThrow(UnknownValueError);
  });

  it("takes a threshold from the level, else from the rule's configuration", () => {
    const view = bucket({ "data-classification": "restricted" });
    expect(requirement(view, { map: MAP }, "minBackupRetentionDays", 7)).toEqual({ value: 35, source: "level", level: "restricted" });
    expect(requirement(view, { map: MAP_WITHOUT_CLASSIFICATION }, "minBackupRetentionDays", 7)).toEqual({ value: 7, source: "config" });
  });

  it("falls back to the configuration for a requirement the level leaves out", () => {
    const map = parseMap(SMALL_MAP_YAML + CLASSIFICATION, "/maps/map.yaml");
    const view = toView(resource(AWS.s3BucketV2, "data", { tags: { "data-classification": "restricted" } }));
    expect(requirement(view, { map }, "minBackupRetentionDays", 9)).toEqual({ value: 9, source: "config" });
    expect(requirement(view, { map }, "customerManagedKey", false)).toEqual({ value: true, source: "level", level: "restricted" });
  });
});

describe("the matrix and the OSCAL plan show the levels", () => {
  const map = parseMap(SMALL_MAP_YAML + CLASSIFICATION, "/maps/map.yaml");
  const options = { today: "2026-07-15" };

  it("lists each level's requirements, with '-' where the level defers to the rules' options", () => {
    expect(levelRows(map)).toEqual([
      {
        id: "internal",
        title: "Internal",
        description: "Business data.",
        isDefault: true,
        customerManagedKey: "no",
        minBackupRetentionDays: "7",
        minLogRetentionDays: "-",
        deletionProtection: "-",
        mfaDelete: "-",
      },
      {
        id: "restricted",
        title: "Restricted",
        description: "Regulated data.",
        isDefault: false,
        customerManagedKey: "yes",
        minBackupRetentionDays: "-",
        minLogRetentionDays: "-",
        deletionProtection: "-",
        mfaDelete: "-",
      },
    ]);
  });

  it("adds a levels section to every format, and none for a map without levels", () => {
    expect(renderMatrixText(map, options)).toContain(
      "\ninternal  Internal (default)\n  Business data.\n  Customer-managed key:         no\n",
    );
    expect(renderMatrixMarkdown(map, options)).toContain("| **Restricted** (`restricted`)<br>Regulated data. | yes | - | - | - | - |");
    expect(renderMatrixCsv(map, options)).toContain(
      '\r\n\r\n"Classification level","Title","Description","Default","Customer-managed key",',
    );
    expect(renderMatrixCsv(map, options)).toContain('"internal","Internal","Business data.","yes","no","7","","",""\r\n');
    expect(renderMatrixHtmlBody(map, options)).toContain('<tr data-level="restricted">');
    const plain = parseMap(SMALL_MAP_YAML, "/maps/map.yaml");
    for (const render of [renderMatrixText, renderMatrixMarkdown, renderMatrixCsv, renderMatrixHtmlBody]) {
      expect(render(plain, options)).not.toMatch(/classification level/i);
    }
  });

  it("carries each level as an information type with namespaced requirement props", () => {
    const ssp = buildSsp(map, options) as { "system-security-plan": Record<string, Record<string, Record<string, unknown[]>>> };
    const types = ssp["system-security-plan"]["system-characteristics"]?.["system-information"]?.["information-types"] as {
      title: string;
      props?: { name: string; value: string }[];
    }[];
    expect(types.map((type) => type.title)).toEqual(["Workload data", "Internal data", "Restricted data"]);
    const props = (types[1]?.props ?? []).map((prop) => `${prop.name}=${prop.value}`);
    expect(props).toEqual([
      "classification-level=internal",
      "classification-tag=data-classification",
      "classification-default=true",
      "requires-customer-managed-key=false",
      "min-backup-retention-days=7",
    ]);
  });
});
