import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESOURCE_DISPATCHER, STACK_DISPATCHER } from "../../policies/adapter";
import { RULES } from "../../policies/registry";
import { type AnalyzeResult, EngineHarness, PACK_DIR, type ResourceInput, secret, startExpectingFailure, UNKNOWN, urnOf } from "./harness";

// These tests run the compiled pack (npm test builds it first) exactly as the Pulumi engine would.
const VOLUME = "aws:ebs/volume:Volume";
const OWNER_RULE = "owner-tag-require-person";
const AWS_PROVIDER = { type: "pulumi:providers:aws", name: "eu", props: { region: "eu-west-1" } };

/** A queue with SQS-managed encryption turned off: `aws-sqs-queue-require-encryption` is its only duty rule in Analyze. */
function plainQueue(tags: Record<string, unknown> = {}): ResourceInput {
  return { type: "aws:sqs/queue:Queue", name: "jobs", props: { sqsManagedSseEnabled: false, tags }, provider: AWS_PROVIDER };
}
const QUEUE_RULE = "aws-sqs-queue-require-encryption";

function volume(props: Record<string, unknown>, name = "data"): ResourceInput {
  return { type: VOLUME, name, props: { availabilityZone: "eu-west-1a", size: 10, encrypted: true, ...props }, provider: AWS_PROVIDER };
}

function of(result: AnalyzeResult, policy: string) {
  return result.diagnostics.filter((d) => d.policyName === policy);
}

let engine: EngineHarness;
beforeAll(async () => {
  engine = await EngineHarness.start();
  await engine.configure({});
});
afterAll(async () => {
  await engine?.stop();
});

describe("analyzer info", () => {
  it("lists every rule with its metadata, and the two policies that run them", async () => {
    const info = await engine.info();
    expect(info.name).toBe("shared-responsibility");
    expect(info.policies.map((p) => p.name).sort()).toEqual([...RULES.map((r) => r.name), RESOURCE_DISPATCHER, STACK_DISPATCHER].sort());
    expect(info.policies.find((p) => p.name === RESOURCE_DISPATCHER)).toMatchObject({ type: "resource", enforcementLevel: "advisory" });
    expect(info.policies.find((p) => p.name === STACK_DISPATCHER)).toMatchObject({ type: "stack", enforcementLevel: "advisory" });
    for (const rule of RULES) {
      const policy = info.policies.find((p) => p.name === rule.name);
      expect(policy, rule.name).toMatchObject({
        displayName: rule.displayName,
        description: rule.description,
        enforcementLevel: rule.enforcementLevel,
        severity: rule.severity,
        remediationSteps: rule.remediation,
        url: rule.docsUrl,
        // A rule's policy validates nothing itself (the dispatchers run it), so @pulumi/policy lists
        // it with the unknown type, which the engine counts among resource and stack policies alike.
        type: "unknown",
        framework: { name: "NIST SP 800-53", version: "Rev. 5", specification: rule.controls.nist.join(", ") },
      });
      expect(policy?.tags).toContain(`duty:${rule.duty}`);
      if (Object.keys(rule.options).length > 0)
        expect(Object.keys(policy?.configSchema?.properties ?? {}).sort()).toEqual(Object.keys(rule.options).sort());
    }
  });

  it("makes ownership and high-severity rules mandatory and others advisory by default", async () => {
    const info = await engine.info();
    const level = (name: string) => info.policies.find((p) => p.name === name)?.enforcementLevel;
    expect(level(OWNER_RULE)).toBe("mandatory");
    expect(level("aws-ebs-volume-require-encryption")).toBe("mandatory");
    expect(level("aws-s3-bucket-require-encryption")).toBe("advisory");
    expect(level("map-review-limit-age")).toBe("advisory");
  });
});

describe("owner tag", () => {
  it.each([
    ["tags", volume({ tags: { owner: "diego.alvarez" } })],
    ["an email in tags, any case of key", volume({ tags: { Owner: "Mei.Chen@northwind.example" } })],
    ["tagsAll", volume({ tags: {}, tagsAll: { owner: "mei.chen" } })],
    [
      "the provider's default tags (a JSON string)",
      {
        ...volume({}),
        provider: { ...AWS_PROVIDER, props: { region: "eu-west-1", defaultTags: JSON.stringify({ tags: { owner: "lena.fischer" } }) } },
      },
    ],
  ])("accepts an active person named through %s", async (_how, resource) => {
    const result = await engine.analyze(resource);
    expect(of(result, OWNER_RULE)).toEqual([]);
  });

  it("prefers the resource's tag over the provider default", async () => {
    const provider = { ...AWS_PROVIDER, props: { defaultTags: JSON.stringify({ tags: { owner: "diego.alvarez" } }) } };
    const result = await engine.analyze({ ...volume({ tags: { owner: "sam.oconnor" } }), provider });
    expect(of(result, OWNER_RULE).map((d) => d.message)).toEqual([expect.stringContaining("names Sam O'Connor, who left on 2026-06-30")]);
  });

  it.each([
    ["missing", {}, "The resource has no `owner` tag, on itself or (AWS) in its provider's default tags"],
    ["an unknown person", { owner: "someone.else" }, "The `owner` tag names no person in the responsibility map"],
    ["a team alias", { owner: "platform-team" }, "The `owner` tag names the team Platform Engineering (platform-team), not a person"],
    ["a team mailbox", { owner: "security@northwind.example" }, "The `owner` tag names the team Security (security-team), not a person"],
    [
      "a job title",
      { owner: "Head of Platform Engineering" },
      'The `owner` tag names the job title "Head of Platform Engineering", not a person',
    ],
    ["a departed person", { owner: "sam.oconnor" }, "The `owner` tag names Sam O'Connor, who left on 2026-06-30"],
  ])("reports an owner tag that is %s, naming who must act", async (_what, tags, problem) => {
    const result = await engine.analyze(volume({ tags }));
    const diagnostics = of(result, OWNER_RULE);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.enforcementLevel).toBe("mandatory");
    expect(diagnostics[0]?.message).toContain(problem);
    expect(diagnostics[0]?.message).toContain("Accountable for resource ownership: Tomas Novak <tomas.novak@northwind.example>.");
  });

  it("gives an advisory can't-run during preview when the tags are unknown, never a violation", async () => {
    for (const props of [{ tags: UNKNOWN.object }, { tags: { owner: UNKNOWN.string } }, { tags: {}, tagsAll: UNKNOWN.object }]) {
      const diagnostics = of(await engine.analyze(volume(props)), OWNER_RULE);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]?.enforcementLevel).toBe("advisory");
      expect(diagnostics[0]?.message).toMatch(
        /can't run policy 'owner-tag-require-person' from policy pack 'shared-responsibility@v[^']+' during preview/,
      );
    }
  });

  it("checks an owner tag held as a secret without printing its value", async () => {
    const canary = "canary-7f3a91-owner";
    const bad = await engine.analyze(volume({ encrypted: false, tags: { owner: secret(canary) } }));
    expect(of(bad, OWNER_RULE)).toHaveLength(1);
    expect(bad.diagnostics.length).toBeGreaterThanOrEqual(2);
    for (const diagnostic of bad.diagnostics) expect(diagnostic.message).not.toContain(canary);
    const good = await engine.analyze(volume({ tags: { owner: secret("diego.alvarez") } }));
    expect(of(good, OWNER_RULE)).toEqual([]);
  });

  it("does not apply to a type that carries no tags", async () => {
    const result = await engine.analyze({
      type: "aws:route53/record:Record",
      name: "www",
      props: { zoneId: "Z123", name: "www.example.com", type: "CNAME", ttl: 300, records: ["shop.example.com"] },
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.notApplicable).toEqual([
      {
        policyName: RESOURCE_DISPATCHER,
        reason: "No enabled rule of this pack checks resources of type aws:route53/record:Record.",
      },
    ]);
  });
});

describe("exceptions", () => {
  it("reports a waived finding as advisory, with reason, approver and expiry", async () => {
    // The volume rule is a stack rule (it reads the account's EBS encryption by default).
    const result = await engine.analyzeStack([volume({ encrypted: false, tags: { owner: "diego.alvarez" } }, "legacy-archive")]);
    const diagnostics = of(result, "aws-ebs-volume-require-encryption");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.enforcementLevel).toBe("advisory");
    expect(diagnostics[0]?.message).toContain("Waived: The volume is not encrypted");
    expect(diagnostics[0]?.message).toContain(
      "Waived by exception EX-1 until 2027-03-31, approved by Amara Okafor: Legacy volumes are migrated",
    );
  });

  it("stops applying an expired exception and says so", async () => {
    const account: ResourceInput = {
      type: "azure-native:storage:StorageAccount",
      name: "legacyexports01",
      props: { tags: { owner: "mei.chen" }, enableHttpsTrafficOnly: false, minimumTlsVersion: "TLS1_2", kind: "StorageV2" },
    };
    const diagnostics = of(await engine.analyze(account), "azure-storage-account-require-https");
    expect(diagnostics.map((d) => d.enforcementLevel)).toEqual(["mandatory"]);
    expect(diagnostics[0]?.message).toContain("Exception EX-2 expired on 2026-10-31 and no longer applies.");
  });
});

describe("the S3 encryption join", () => {
  const bucketUrn = urnOf("aws:s3/bucket:Bucket", "assets");
  it("joins a sibling through propertyDependencies when the bucket's id is unknown", async () => {
    const result = await engine.analyzeStack([
      { type: "aws:s3/bucket:Bucket", name: "assets", props: { bucket: UNKNOWN.string, tags: { owner: "diego.alvarez" } } },
      {
        type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
        name: "assets-sse",
        props: { bucket: UNKNOWN.string, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }] },
        propertyDependencies: { bucket: [bucketUrn] },
      },
      { type: "aws:s3/bucketV2:BucketV2", name: "plain", props: { bucket: UNKNOWN.string, tags: { owner: "diego.alvarez" } } },
    ]);
    const diagnostics = of(result, "aws-s3-bucket-require-encryption");
    expect(diagnostics.map((d) => d.urn)).toEqual([urnOf("aws:s3/bucketV2:BucketV2", "plain")]);
    expect(diagnostics[0]?.enforcementLevel).toBe("advisory");
  });
});

describe("joins on deployed outputs in AnalyzeStack", () => {
  // AnalyzeStack sends outputs: an azure-native child's outputs carry no `resourceGroupName` or
  // `serverName` (Args only, sql/serverBlobAuditingPolicy.d.ts), and PolicyResource has no id field,
  // so the child is joined to its server through the ARM id its outputs hold.
  const serverId = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Sql/servers/sql-app";
  const server: ResourceInput = {
    type: "azure-native:sql:Server",
    name: "sql",
    props: { id: serverId, name: "sql-app", minimalTlsVersion: "1.2", tags: { owner: "diego.alvarez" } },
  };
  const auditing = (id: string): ResourceInput => ({
    type: "azure-native:sql:ServerBlobAuditingPolicy",
    name: "audit",
    props: { id, name: "default", state: "Enabled", storageEndpoint: "https://staudit.blob.core.windows.net", retentionDays: 90 },
  });
  it("joins a deployed child to its server by the ARM id in the outputs", async () => {
    const result = await engine.analyzeStack([server, auditing(`${serverId}/auditingSettings/default`)]);
    expect(of(result, "azure-sql-server-enable-auditing")).toEqual([]);
  });
  it("does not join a child whose id nests under another server", async () => {
    const result = await engine.analyzeStack([server, auditing(`${serverId.replace("sql-app", "sql-other")}/auditingSettings/default`)]);
    expect(of(result, "azure-sql-server-enable-auditing").map((d) => d.urn)).toEqual([urnOf("azure-native:sql:Server", "sql")]);
  });
});

describe("the Azure joins on deployed outputs (no path parameters, the parent only in the ARM id)", () => {
  const SERVER_ID = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Sql/servers/sql-app";
  const server = {
    type: "azure-native:sql:Server",
    name: "sql",
    props: { id: SERVER_ID, name: "sql-app", tags: { owner: "diego.alvarez" } },
  };
  const auditing = {
    type: "azure-native:sql:ServerBlobAuditingPolicy",
    name: "sql-audit",
    props: { id: `${SERVER_ID}/auditingSettings/default`, name: "default", state: "Enabled", isAzureMonitorTargetEnabled: true },
  };
  const masterDiagnostics = {
    type: "azure-native:monitor:DiagnosticSetting",
    name: "sql-audit-diag",
    props: {
      id: `${SERVER_ID}/databases/master/providers/Microsoft.Insights/diagnosticSettings/audit`,
      name: "audit",
      logs: [{ category: "SQLSecurityAuditEvents", enabled: true }],
      workspaceId: "/subscriptions/0000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/law",
    },
  };

  it("joins the auditing policy and the master-database diagnostic setting to the server by their ids", async () => {
    const result = await engine.analyzeStack([server, auditing, masterDiagnostics]);
    expect(of(result, "azure-sql-server-enable-auditing")).toEqual([]);
  });

  it("reports Azure Monitor auditing without the master-database setting", async () => {
    const result = await engine.analyzeStack([server, auditing]);
    const findings = of(result, "azure-sql-server-enable-auditing");
    expect(findings.map((d) => d.urn)).toEqual([urnOf("azure-native:sql:Server", "sql")]);
    expect(findings[0]?.message).toContain("no DiagnosticSetting on the server's `master` database collects SQLSecurityAuditEvents");
  });

  it("reports a stale TLS 1.0 minimum of a storage account as advisory, though the rule is mandatory", async () => {
    const account = {
      type: "azure-native:storage:StorageAccount",
      name: "legacy",
      props: { tags: { owner: "diego.alvarez" }, kind: "StorageV2", minimumTlsVersion: "TLS1_0" },
    };
    const findings = of(await engine.analyze(account), "azure-storage-account-require-https");
    expect(findings.map((d) => d.enforcementLevel)).toEqual(["advisory"]);
  });
});

describe("configuration", () => {
  it("changes enforcement levels through --policy-pack-config", async () => {
    const custom = await EngineHarness.start();
    try {
      await custom.configure({ all: "advisory", [QUEUE_RULE]: { enforcementLevel: "disabled" } });
      const result = await custom.analyze(plainQueue());
      expect(of(result, OWNER_RULE).map((d) => d.enforcementLevel)).toEqual(["advisory"]);
      expect(of(result, QUEUE_RULE)).toEqual([]);
      expect(of(await engine.analyze(plainQueue()), QUEUE_RULE)).toHaveLength(1);
    } finally {
      await custom.stop();
    }
  });

  it("rejects config for a policy the pack does not have, as the engine does", async () => {
    await expect(engine.configure({ "no-such-rule": "advisory" })).rejects.toThrow('unknown policy "no-such-rule"');
  });
});

describe("the dispatching policies", () => {
  it("report each finding under its rule's own name and level, and nothing under their own", async () => {
    const result = await engine.analyze(plainQueue());
    const names = result.diagnostics.map((d) => d.policyName);
    expect(names).toContain(OWNER_RULE);
    expect(names).toContain(QUEUE_RULE);
    expect(names).not.toContain(RESOURCE_DISPATCHER);
    const encryption = of(result, QUEUE_RULE)[0];
    const rule = RULES.find((r) => r.name === QUEUE_RULE);
    expect(encryption?.enforcementLevel).toBe(rule?.enforcementLevel);
    expect(of(result, OWNER_RULE)[0]?.enforcementLevel).toBe("mandatory");
    expect(encryption?.message.startsWith(`${rule?.description}\n`)).toBe(true);
  });

  it("say why they do not apply when the map puts every rule for a type on the provider's side", async () => {
    const map = readFileSync(path.join(PACK_DIR, "responsibility-map", "map.yaml"), "utf8");
    const scoped = map.replace(
      '        resourceTypes: ["aws:dynamodb/table:Table"]',
      '        resourceTypes: ["aws:dynamodb/table:Table", "aws:sqs/queue:Queue"]',
    );
    expect(scoped).not.toBe(map);
    const dir = mkdtempSync(path.join(tmpdir(), "sr-map-"));
    writeFileSync(
      path.join(dir, "map.yaml"),
      scoped.replace("side: shared\n        note: DynamoDB", "side: provider\n        note: DynamoDB"),
    );
    const custom = await EngineHarness.start({ env: { SHARED_RESPONSIBILITY_MAP: path.join(dir, "map.yaml") } });
    try {
      await custom.configure({ [OWNER_RULE]: "disabled", "data-tag-require-classification": "disabled" });
      const result = await custom.analyze(plainQueue({ owner: "diego.alvarez" }));
      expect(of(result, QUEUE_RULE)).toEqual([]);
      expect(result.notApplicable.map((n) => n.policyName)).toEqual([RESOURCE_DISPATCHER]);
      expect(result.notApplicable[0]?.reason).toContain(
        "aws-sqs-queue-require-encryption: The responsibility map puts encryption at rest for aws:sqs/queue:Queue on the provider's side: DynamoDB always encrypts",
      );
    } finally {
      await custom.stop();
    }
  });

  it("run a stack rule once and report under its name, with can't-run advisories per rule during preview", async () => {
    const bucketUrn = urnOf("aws:s3/bucket:Bucket", "logs");
    const result = await engine.analyzeStack([
      { type: "aws:s3/bucket:Bucket", name: "logs", urn: bucketUrn, props: { bucket: "logs", tags: { owner: "diego.alvarez" } } },
      {
        type: "aws:cloudtrail/trail:Trail",
        name: "trail",
        props: { s3BucketName: "logs", isMultiRegionTrail: UNKNOWN.boolean, tags: { owner: "diego.alvarez" } },
      },
    ]);
    const encryption = result.diagnostics.filter((d) => d.policyName === "aws-s3-bucket-require-encryption");
    expect(encryption).toHaveLength(1);
    expect(encryption[0]?.urn).toBe(bucketUrn);
    const cantRun = result.diagnostics.filter((d) => d.message.includes("during preview"));
    expect(cantRun.map((d) => d.policyName)).toContain("aws-cloudtrail-trail-require-multi-region");
    for (const d of cantRun) {
      expect(d.enforcementLevel).toBe("advisory");
      expect(d.message).toMatch(
        new RegExp(`^can't run policy '${d.policyName}' from policy pack 'shared-responsibility@v[^']+' during preview`),
      );
    }
    expect(result.diagnostics.map((d) => d.policyName)).not.toContain(STACK_DISPATCHER);
  });

  it("run only the chosen rules when everything else is disabled, as the README shows", async () => {
    const custom = await EngineHarness.start();
    try {
      await custom.configure({ all: "disabled", [RESOURCE_DISPATCHER]: "advisory", [QUEUE_RULE]: "mandatory" });
      const result = await custom.analyze(plainQueue());
      expect(result.diagnostics.map((d) => [d.policyName, d.enforcementLevel])).toEqual([[QUEUE_RULE, "mandatory"]]);
      await custom.configure({ all: "disabled", [QUEUE_RULE]: "mandatory" });
      expect((await custom.analyze(plainQueue())).diagnostics).toEqual([]);
    } finally {
      await custom.stop();
    }
  });

  it("skip a rule disabled through config and keep running the others", async () => {
    const custom = await EngineHarness.start();
    try {
      await custom.configure({ "aws-s3-bucket-require-encryption": "disabled" });
      const result = await custom.analyzeStack([{ type: "aws:s3/bucket:Bucket", name: "logs", props: { bucket: "logs", tags: {} } }]);
      const names = new Set(result.diagnostics.map((d) => d.policyName));
      expect(names.has("aws-s3-bucket-require-encryption")).toBe(false);
      expect(names.has("aws-s3-bucket-enable-versioning")).toBe(true);
    } finally {
      await custom.stop();
    }
  });
});

describe("a broken map", () => {
  it("stops the pack with one clear error naming the file, line and field", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sr-map-"));
    const file = path.join(dir, "map.yaml");
    writeFileSync(
      file,
      [
        "version: 1",
        "settings: { organization: X, providers: [aws] }",
        "people:",
        "  - { id: ann, name: Ann, email: ann@x.example, role: Engineer, status: active }",
        "duties:",
        "  - id: backup",
        "    title: Backup",
        "    description: Backups.",
        "    side: customer",
        "    controls: [CP-9]",
        "    accountable: nobody",
        "    review: { last: 2026-01-01, cadenceDays: 90, signedOffBy: ann, signedOffOn: 2026-01-02 }",
        "",
      ].join("\n"),
    );
    const { code, stderr } = await startExpectingFailure({ env: { SHARED_RESPONSIBILITY_MAP: file } });
    expect(code).not.toBe(0);
    expect(stderr).toContain(`${file}:11: duties[0].accountable: accountable person: no person has id "nobody"`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

/**
 * `pulumi policy analyze --file <export>` when it cannot decrypt the export's secrets: it retries
 * with a blinding secrets manager, so every secret, whatever its type, reaches the pack as the
 * secret string "[secret]" (pulumi/pulumi pkg/cmd/pulumi/policy/policy_analyze.go,
 * pkg/backend/secrets/providers.go); Analyze gets each resource's inputs, AnalyzeStack its outputs,
 * and a provider its inputs (pkg/resource/deploy/analyze_snapshot.go).
 */
describe("secrets that pulumi policy analyze --file could not decrypt", () => {
  const REDACTED = secret("[secret]");
  const cannotDecrypt =
    /^can't run policy '[^']+' from policy pack '[^']+': the value at \.(\S+) is a secret that Pulumi could not decrypt/;

  it("stops the rules that read one with an advisory naming the property, never a violation", async () => {
    const result = await engine.analyze(volume({ encrypted: REDACTED, tags: { owner: REDACTED } }));
    // The volume encryption rule is a stack rule (it honours EBS encryption by default): AnalyzeStack.
    const stack = await engine.analyzeStack([volume({ encrypted: REDACTED, tags: { owner: REDACTED } })]);
    const encryption = of(stack, "aws-ebs-volume-require-encryption");
    const owner = of(result, OWNER_RULE);
    expect(encryption.map((d) => [d.enforcementLevel, d.message.match(cannotDecrypt)?.[1]])).toEqual([["advisory", "encrypted"]]);
    expect(owner.map((d) => [d.enforcementLevel, d.message.match(cannotDecrypt)?.[1]])).toEqual([["advisory", "tags.owner"]]);
    expect(result.diagnostics.filter((d) => d.enforcementLevel === "mandatory")).toEqual([]);
    expect(stack.diagnostics.filter((d) => d.enforcementLevel === "mandatory")).toEqual([]);
  });

  it("treats a whole secret object the same, and still judges a resource whose secrets no rule reads", async () => {
    const tags = await engine.analyze(volume({ tags: REDACTED }));
    expect(of(tags, OWNER_RULE).map((d) => d.message.match(cannotDecrypt)?.[1])).toEqual(["tags"]);
    const unread = await engine.analyzeStack([volume({ encrypted: false, tags: { owner: "diego.alvarez" }, snapshotId: REDACTED })]);
    expect(of(unread, "aws-ebs-volume-require-encryption").map((d) => d.enforcementLevel)).toEqual(["mandatory"]);
  });

  it("does so in AnalyzeStack, on the outputs of the stack's resources", async () => {
    const bucketUrn = urnOf("aws:s3/bucketV2:BucketV2", "vault");
    const result = await engine.analyzeStack([
      { type: "aws:s3/bucketV2:BucketV2", name: "vault", props: { bucket: "vault-1", tags: { owner: "diego.alvarez" } } },
      {
        type: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
        name: "vault-sse",
        props: { bucket: "vault-1", rules: REDACTED },
        propertyDependencies: { bucket: [bucketUrn] },
      },
    ]);
    const diagnostics = of(result, "aws-s3-bucket-require-encryption");
    expect(diagnostics.map((d) => [d.enforcementLevel, d.message.match(cannotDecrypt)?.[1]])).toEqual([["advisory", "rules"]]);
  });

  it("keeps telling a preview unknown from a redacted secret", async () => {
    const result = await engine.analyzeStack([volume({ encrypted: UNKNOWN.boolean, tags: { owner: REDACTED } })]);
    const encryption = of(result, "aws-ebs-volume-require-encryption");
    expect(encryption).toHaveLength(1);
    expect(encryption[0]?.message).toMatch(/during preview: boolean value at \.encrypted can't be known during preview/);
  });
});
