/**
 * The shape tables and the deployed-form transform that every rule test relies on: if these are
 * wrong, the "same verdict on deployed state" tests prove nothing.
 */
import { unknownCheckingProxy } from "@pulumi/policy";
import { describe, expect, it } from "vitest";
import { ParentIndex } from "../../policies/azure/support/arm-ids";
import { StackIndex } from "../../policies/core/joins";
import { AWS, AZURE } from "../../policies/core/tokens";
import { TAGGABLE_TYPES } from "../../policies/generated/taggable-types";
import { resource, toView } from "./rules";
import {
  armIdOf,
  deployedForm,
  isPartialShape,
  pathExists,
  type Read,
  readsOutsideShape,
  recording,
  SUBSCRIPTION_ID,
  shapeOf,
  tagShapeOf,
} from "./shapes";

describe("generated shapes (scripts/gen-shapes.mjs)", () => {
  it.each([
    // Path parameters are Args only; the ARM id carries them (azure-native outputs).
    ["azure-native:sql:Server", ["resourceGroupName"], true, false],
    ["azure-native:sql:Server", ["serverName"], true, false],
    ["azure-native:sql:Server", ["name"], false, true],
    ["azure-native:monitor:DiagnosticSetting", ["resourceUri"], true, false],
    // Key Vault key: Args `properties.attributes`, outputs `attributes` (keyvault/key.d.ts).
    ["azure-native:keyvault:Key", ["properties", "attributes", "expires"], true, false],
    ["azure-native:keyvault:Key", ["attributes", "expires"], false, true],
    ["azure-native:keyvault:Key", ["rotationPolicy", "lifetimeActions", "[]", "action", "type"], false, true],
    // BucketV2 inline encryption is a list of lists in both shapes (s3/bucketV2.d.ts).
    [
      AWS.s3BucketV2,
      ["serverSideEncryptionConfigurations", "[]", "rules", "[]", "applyServerSideEncryptionByDefaults", "[]", "sseAlgorithm"],
      true,
      true,
    ],
    [AWS.s3BucketV2, ["serverSideEncryptionConfiguration"], false, false],
    // Maps match any key; AWS outputs add tagsAll and arn.
    [AWS.ebsVolume, ["tags", "owner"], true, true],
    [AWS.ebsVolume, ["tagsAll", "owner"], false, true],
    [AWS.ebsVolume, ["arn"], false, true],
  ])("%s %j: in Args %s, in outputs %s", (type, path, inArgs, inOutputs) => {
    const args = shapeOf(type, "args");
    const outputs = shapeOf(type, "outputs");
    if (args === undefined || outputs === undefined) throw new Error(`no shape for ${type}`);
    expect([pathExists(args, path), pathExists(outputs, path)]).toEqual([inArgs, inOutputs]);
  });

  it("knows the azure-native alias and versioned tokens the rules match", () => {
    expect(shapeOf("azure-native:cache:Redis", "outputs")).toBeDefined();
    expect(shapeOf("azure-native:storage/v20230101:StorageAccount", "outputs")).toBeDefined();
  });
});

describe("deployed form of a preview-shaped resource", () => {
  it("drops azure-native path parameters and adds the ARM id and name", () => {
    const server = resource(AZURE.sqlServer, "sql", { resourceGroupName: "rg-app", serverName: "sql-app", minimalTlsVersion: "1.2" });
    const deployed = deployedForm(server);
    expect(deployed.id).toBe(`/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-app/providers/Microsoft.Sql/servers/sql-app`);
    expect(deployed.props).toEqual({ name: "sql-app", minimalTlsVersion: "1.2", tags: { owner: "diego.alvarez" } });
  });

  it("moves a Key Vault key's properties.attributes and rotationPolicy to the top level", () => {
    const key = resource(AZURE.keyVaultKey, "cmk", {
      resourceGroupName: "rg",
      vaultName: "kv",
      keyName: "cmk",
      properties: { kty: "RSA", attributes: { expires: 1 }, rotationPolicy: { attributes: { expiryTime: "P1Y" } } },
    });
    const { props, id } = deployedForm(key);
    expect(props).toMatchObject({
      name: "cmk",
      kty: "RSA",
      attributes: { expires: 1 },
      rotationPolicy: { attributes: { expiryTime: "P1Y" } },
    });
    expect(props["properties"]).toBeUndefined();
    expect(id).toMatch(/\/vaults\/kv\/keys\/cmk$/);
  });

  it("nests a diagnostic setting's id under the resource it watches", () => {
    expect(armIdOf(AZURE.monitorDiagnosticSetting, "diag", { resourceUri: "/subscriptions/s/x", name: "audit" })?.id).toBe(
      "/subscriptions/s/x/providers/Microsoft.Insights/diagnosticSettings/audit",
    );
  });

  it("adds AWS tagsAll (provider default tags merged under the resource's), arn and id", () => {
    const volume = resource(
      AWS.ebsVolume,
      "data",
      { encrypted: true, tags: { owner: "a" } },
      { provider: { type: AWS.provider, props: { defaultTags: JSON.stringify({ tags: { owner: "b", team: "t" } }) } } },
    );
    const deployed = deployedForm(volume);
    expect(deployed.props["tagsAll"]).toEqual({ owner: "a", team: "t" });
    expect(deployed.props["arn"]).toMatch(/^arn:aws:ebs:/);
    expect(deployed.id).toBe("data");
  });
});

describe("recording proxy", () => {
  it("records every path read, array elements as []", () => {
    const reads: Read[] = [];
    const props = recording(unknownCheckingProxy({ a: { b: [{ c: 1 }] }, tags: { owner: "x" } }), AWS.s3BucketV2, reads);
    const a = props["a"] as { b: { c: number }[] };
    a.b.map((item) => item.c);
    void ("owner" in (props["tags"] as object));
    // Array.prototype.map asks `has` before `get` for each element: the set of paths is what counts.
    expect([...new Set(reads.map((r) => r.path.join(".")))]).toEqual(["a", "a.b", "a.b.[]", "a.b.[].c", "tags", "tags.owner"]);
  });

  it("flags a path neither shape has, and an input-only path read on deployed state", () => {
    const bucket: Read = { type: AWS.s3BucketV2, path: ["serverSideEncryptionConfiguration"] };
    const server: Read = { type: AZURE.sqlServer, path: ["serverName"] };
    expect(readsOutsideShape([bucket, server], "preview")).toEqual([`${AWS.s3BucketV2}: serverSideEncryptionConfiguration`]);
    expect(readsOutsideShape([bucket, server], "deployed")).toEqual([
      `${AWS.s3BucketV2}: serverSideEncryptionConfiguration`,
      `${AZURE.sqlServer}: serverName`,
    ]);
  });
});

describe("tag shapes of every taggable type (partial shapes)", () => {
  // Neither type is named by any rule or test, so it has no full shape (scripts/gen-shapes.mjs).
  const ampWorkspace = "aws:amp/workspace:Workspace";
  const azureOnlyTags = "azure-native:aad:DomainService";

  it("answer for tags and tagsAll only; any other read is outside the shape, and says so", () => {
    for (const type of [ampWorkspace, azureOnlyTags]) expect(isPartialShape(type), type).toBe(true);
    const reads: Read[] = [
      { type: ampWorkspace, path: ["tags", "owner"] },
      { type: ampWorkspace, path: ["tagsAll", "owner"] },
      { type: ampWorkspace, path: ["alias"] },
      { type: azureOnlyTags, path: ["tags", "owner"] },
      { type: azureOnlyTags, path: ["sku"] },
    ];
    const outside = [`${ampWorkspace}: alias (partial shape: tags only)`, `${azureOnlyTags}: sku (partial shape: tags only)`];
    expect(readsOutsideShape(reads, "preview")).toEqual(outside);
    expect(readsOutsideShape(reads, "deployed")).toEqual(outside);
  });

  it("prune a deployed form to the tags, so no other property of a partial-shape type reaches a rule", () => {
    const { props } = deployedForm({ type: azureOnlyTags, name: "ds", props: { tags: { owner: "a" }, sku: "Standard" } });
    expect(props).toEqual({ tags: { owner: "a" } });
  });

  it("cover every taggable type, and agree with the full shape where one exists", () => {
    for (const type of TAGGABLE_TYPES) {
      for (const kind of ["args", "outputs"] as const) {
        const partial = tagShapeOf(type, kind);
        expect(partial, `${type} ${kind}`).toBeDefined();
        const full = shapeOf(type, kind);
        if (full === undefined || full === true || partial === undefined || partial === true) continue;
        for (const key of ["tags", "tagsAll"]) expect(partial[key], `${type} ${kind} ${key}`).toEqual(full[key]);
      }
      // Taggable means a tag map in both shapes (the Auto Scaling group's list aside).
      expect(pathExists(tagShapeOf(type, "args") ?? {}, ["tags", "owner"]), type).toBe(type !== AWS.autoscalingGroup);
      expect(pathExists(tagShapeOf(type, "outputs") ?? {}, ["tags", "owner"]), type).toBe(type !== AWS.autoscalingGroup);
    }
  });
});

describe("Azure parent joins on both shapes", () => {
  const links = [{ property: "serverName", attribute: "serverName" }];
  const server = resource(AZURE.sqlServer, "sql", { resourceGroupName: "rg-app", serverName: "sql-app" });
  const child = resource(AZURE.sqlServerBlobAuditingPolicy, "audit", {
    resourceGroupName: "rg-app",
    serverName: "sql-app",
    state: "Enabled",
  });
  it.each([
    ["preview parent, preview child (by names)", server, child],
    ["deployed parent, deployed child (by ARM id, no names in outputs)", deployedForm(server), deployedForm(child)],
    ["deployed parent, preview child (an update adding the child)", deployedForm(server), child],
  ])("%s", (_title, parent, kid) => {
    const views = [toView(parent), toView(kid)];
    const found = new ParentIndex(StackIndex.of(views), [AZURE.sqlServer], links).parentOf(views[1] as (typeof views)[number]);
    expect(found?.urn).toBe(views[0]?.urn);
  });
  it("does not join a deployed child whose id nests under another server", () => {
    const deployedChild = deployedForm(child);
    const other = { ...deployedChild, id: (deployedChild.id ?? "").replace("sql-app", "sql-other") };
    const views = [toView(deployedForm(server)), toView(other)];
    expect(new ParentIndex(StackIndex.of(views), [AZURE.sqlServer], links).parentOf(views[1] as (typeof views)[number])).toBeUndefined();
  });
});
