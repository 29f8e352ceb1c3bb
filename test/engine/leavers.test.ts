/**
 * Every leaver rule, for every kind of identity it reads, through the compiled pack as the engine
 * runs it (Analyze for resource rules, AnalyzeStack for stack rules) on the preview shape and on the
 * deployed shape, and through the audit of a state file in the deployed shape: each must report the
 * same finding (rule, URN, person).
 * The deployed form is built from the outputs the SDK declares (test/support/shapes.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditStates } from "../../cli/audit/run";
import { RULE_DUTIES, RULES } from "../../policies/registry";
import { loadMap } from "../../responsibility-map/loader";
import { stackEntry, stackExport, tempDir, writeJson } from "../cli/support/state";
import { deployedForm } from "../support/shapes";
import { EngineHarness, PACK_DIR, type ResourceInput, UNKNOWN, urnOf } from "./harness";

const PERSON = "sam.oconnor";
/** Sam's identities in the bundled map, plus an Identity Center user name and user id and a UPN that is not their email. */
const ID = {
  iamUser: "sam.oconnor",
  centerUserName: "soconnor",
  centerEmail: "sam.oconnor@northwind.example",
  centerUserId: "9067a1b2-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
  objectId: "5a0c7e1d-3b2f-4c8e-9d61-2f4b8a7c9e03",
  upn: "sam.admin@northwind.onmicrosoft.com",
} as const;
const UNCLAIMED_ID = "0f0e0d0c-0b0a-4909-8807-060504030201";

const dir = tempDir("sr-leavers-");
const bundled = readFileSync(path.join(PACK_DIR, "responsibility-map", "map.yaml"), "utf8");
const centerLine = "      awsIdentityCenterUsers: [sam.oconnor@northwind.example]\n";
const upnLine = "      entraUserPrincipalNames: [sam.oconnor@northwind.example]\n";
if (!bundled.includes(centerLine) || !bundled.includes(upnLine))
  throw new Error("the bundled map no longer lists Sam's identities as expected");
const MAP_FILE = path.join(dir, "map.yaml");
writeFileSync(
  MAP_FILE,
  bundled
    .replace(centerLine, `      awsIdentityCenterUsers: [sam.oconnor@northwind.example, ${ID.centerUserName}, ${ID.centerUserId}]\n`)
    .replace(upnLine, `      entraUserPrincipalNames: [sam.oconnor@northwind.example, ${ID.upn}]\n`),
);
const MAP = loadMap(MAP_FILE, { knownRules: RULE_DUTIES });
const NOW = new Date("2026-11-23T12:00:00Z");

type Kind = "IAM user name" | "Identity Center user name" | "Identity Center email" | "Identity Center user id" | "Entra object id" | "UPN";

interface Row {
  readonly rule: string;
  readonly kind: Kind;
  readonly type: string;
  /** The resource's Args (the preview shape); the deployed shape is built from them. */
  readonly inputs: Record<string, unknown>;
  /** The identity as the finding quotes it. */
  readonly quoted: string;
  /** Other resources of the stack (an Identity Center user a membership depends on). */
  readonly others?: readonly ResourceInput[];
  readonly propertyDependencies?: Record<string, string[]>;
  /** Preview values that are unknown (the engine's sentinel), replacing `inputs` entries in preview only. */
  readonly previewUnknown?: readonly string[];
}

const IAM = "aws-iam-user-disallow-leaver-access";
const CENTER = "aws-identitystore-user-disallow-leaver-access";
const ROLE = "azure-authorization-role-assignment-disallow-leaver-access";
const AKS = "azure-containerservice-cluster-disallow-leaver-admin";
const VAULT = "azure-keyvault-vault-disallow-leaver-access";
const SQL = "azure-sql-server-disallow-leaver-admin";
const STORE = "d-1234567890";
const RG = { resourceGroupName: "rg-data" };

const iam = (type: string, inputs: Record<string, unknown>): Row => ({
  rule: IAM,
  kind: "IAM user name",
  type,
  inputs,
  quoted: ID.iamUser,
});
const centerUser = { type: "aws:identitystore/user:User", name: "sam-user" };
const centerUserUrn = urnOf(centerUser.type, centerUser.name);

/** The table: one row per (rule, type, identity kind). */
const ROWS: readonly Row[] = [
  iam("aws:iam/user:User", { name: ID.iamUser }),
  iam("aws:iam/userLoginProfile:UserLoginProfile", { user: ID.iamUser }),
  iam("aws:iam/accessKey:AccessKey", { user: ID.iamUser }),
  iam("aws:iam/sshKey:SshKey", { username: ID.iamUser, encoding: "SSH", publicKey: "ssh-rsa AAAA" }),
  iam("aws:iam/serviceSpecificCredential:ServiceSpecificCredential", { userName: ID.iamUser, serviceName: "codecommit.amazonaws.com" }),
  iam("aws:iam/signingCertificate:SigningCertificate", { userName: ID.iamUser, certificateBody: "-----BEGIN CERTIFICATE-----" }),
  iam("aws:iam/groupMembership:GroupMembership", { group: "admins", users: ["mei.chen", ID.iamUser] }),
  iam("aws:iam/userGroupMembership:UserGroupMembership", { user: ID.iamUser, groups: ["admins"] }),
  iam("aws:iam/userPolicyAttachment:UserPolicyAttachment", { user: ID.iamUser, policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" }),
  iam("aws:iam/userPolicy:UserPolicy", { user: ID.iamUser, policy: '{"Version":"2012-10-17","Statement":[]}' }),
  iam("aws:iam/policyAttachment:PolicyAttachment", { policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", users: [ID.iamUser] }),
  iam("aws:eks/accessEntry:AccessEntry", { clusterName: "main", principalArn: `arn:aws:iam::123456789012:user/${ID.iamUser}` }),
  {
    rule: CENTER,
    kind: "Identity Center user name",
    type: centerUser.type,
    inputs: { identityStoreId: STORE, userName: ID.centerUserName, displayName: "Sam", name: { givenName: "Sam", familyName: "O'Connor" } },
    quoted: ID.centerUserName,
  },
  {
    rule: CENTER,
    kind: "Identity Center email",
    type: centerUser.type,
    inputs: { identityStoreId: STORE, userName: "sam-nw", displayName: "Sam", emails: { value: ID.centerEmail, primary: true } },
    quoted: ID.centerEmail,
  },
  {
    rule: CENTER,
    kind: "Identity Center user id",
    type: "aws:identitystore/groupMembership:GroupMembership",
    inputs: { identityStoreId: STORE, groupId: "g-admins", memberId: ID.centerUserId },
    quoted: ID.centerUserId,
  },
  {
    rule: CENTER,
    kind: "Identity Center user id",
    type: "aws:ssoadmin/accountAssignment:AccountAssignment",
    inputs: {
      instanceArn: "arn:aws:sso:::instance/ssoins-1",
      permissionSetArn: "arn:aws:sso:::permissionSet/ssoins-1/ps-1",
      principalId: ID.centerUserId,
      principalType: "USER",
      targetId: "123456789012",
      targetType: "AWS_ACCOUNT",
    },
    quoted: ID.centerUserId,
  },
  {
    // The user is created in the same stack: its id is unknown at preview, and its user name decides.
    rule: CENTER,
    kind: "Identity Center user name",
    type: "aws:identitystore/groupMembership:GroupMembership",
    inputs: { identityStoreId: STORE, groupId: "g-admins", memberId: UNCLAIMED_ID },
    previewUnknown: ["memberId"],
    propertyDependencies: { memberId: [centerUserUrn] },
    others: [{ ...centerUser, props: { identityStoreId: STORE, userName: ID.centerUserName, displayName: "Sam" } }],
    quoted: ID.centerUserName,
  },
  {
    rule: ROLE,
    kind: "Entra object id",
    type: "azure-native:authorization:RoleAssignment",
    inputs: {
      principalId: ID.objectId,
      principalType: "User",
      roleDefinitionId: "/providers/Microsoft.Authorization/roleDefinitions/r",
      scope: "/subscriptions/s",
    },
    quoted: ID.objectId,
  },
  {
    rule: ROLE,
    kind: "Entra object id",
    type: "azure-native:authorization:PimRoleEligibilitySchedule",
    inputs: {
      principalId: ID.objectId,
      roleDefinitionId: "/providers/Microsoft.Authorization/roleDefinitions/r",
      scope: "/subscriptions/s",
    },
    quoted: ID.objectId,
  },
  {
    rule: ROLE,
    kind: "Entra object id",
    type: "azure-native:cosmosdb:SqlResourceSqlRoleAssignment",
    inputs: { ...RG, accountName: "docs", principalId: ID.objectId, roleDefinitionId: "/sqlRoleDefinitions/1", scope: "/dbs/app" },
    quoted: ID.objectId,
  },
  {
    rule: AKS,
    kind: "Entra object id",
    type: "azure-native:containerservice:ManagedCluster",
    inputs: { ...RG, aadProfile: { managed: true, adminGroupObjectIDs: [UNCLAIMED_ID, ID.objectId] } },
    quoted: ID.objectId,
  },
  {
    rule: VAULT,
    kind: "Entra object id",
    type: "azure-native:keyvault:Vault",
    inputs: {
      ...RG,
      properties: {
        tenantId: UNCLAIMED_ID,
        sku: { family: "A", name: "standard" },
        accessPolicies: [{ tenantId: UNCLAIMED_ID, objectId: ID.objectId, permissions: { secrets: ["get"] } }],
      },
    },
    quoted: ID.objectId,
  },
  {
    rule: VAULT,
    kind: "Entra object id",
    type: "azure-native:keyvault:AccessPolicy",
    inputs: { ...RG, vaultName: "team", policy: { tenantId: UNCLAIMED_ID, objectId: ID.objectId, permissions: { keys: ["get"] } } },
    quoted: ID.objectId,
  },
  ...(
    [
      ["azure-native:sql:Server", "administrators.", { ...RG, administrators: { principalType: "User" } }, "sid", "login"],
      ["azure-native:sql:ManagedInstance", "administrators.", { ...RG, administrators: { principalType: "User" } }, "sid", "login"],
      [
        "azure-native:sql:ServerAzureADAdministrator",
        "",
        { ...RG, serverName: "db", administratorType: "ActiveDirectory" },
        "sid",
        "login",
      ],
      [
        "azure-native:sql:ManagedInstanceAdministrator",
        "",
        { ...RG, managedInstanceName: "mi", administratorType: "ActiveDirectory" },
        "sid",
        "login",
      ],
      ["azure-native:synapse:WorkspaceAadAdmin", "", { ...RG, workspaceName: "ws", administratorType: "ActiveDirectory" }, "sid", "login"],
      ["azure-native:dbforpostgresql:Administrator", "", { ...RG, serverName: "pg", principalType: "user" }, "objectId", "principalName"],
      [
        "azure-native:dbformysql:AzureADAdministrator",
        "",
        { ...RG, serverName: "my", administratorType: "ActiveDirectory" },
        "sid",
        "login",
      ],
    ] as const
  ).flatMap(([type, prefix, base, idKey, loginKey]): Row[] => {
    const admin = (id: string, login: string): Record<string, unknown> => {
      if (prefix === "") return { ...base, [idKey]: id, [loginKey]: login };
      const { administrators, ...rest } = base as { administrators: Record<string, unknown> };
      return { ...rest, administrators: { ...administrators, [idKey]: id, [loginKey]: login } };
    };
    return [
      // A login without "@" is not a UPN: only the object id can decide.
      { rule: SQL, kind: "Entra object id", type, inputs: admin(ID.objectId, "sam-dba"), quoted: ID.objectId },
      // An object id nobody claims beside the person's UPN: the UPN decides.
      { rule: SQL, kind: "UPN", type, inputs: admin(UNCLAIMED_ID, ID.upn), quoted: ID.upn },
    ];
  }),
];

const AWS_PROVIDER = { type: "pulumi:providers:aws", name: "eu", props: { region: "eu-west-1" } };
const AZURE_PROVIDER = { type: "pulumi:providers:azure-native", name: "eu", props: { location: "westeurope" } };

const resourceName = (index: number): string => `leaver-${index}`;

/** The row's resource in preview form (Args, unknowns where the row says), with the stack's other resources. */
function preview(row: Row, index: number): ResourceInput[] {
  const provider = row.type.startsWith("aws:") ? AWS_PROVIDER : AZURE_PROVIDER;
  const props = { ...row.inputs };
  for (const key of row.previewUnknown ?? []) props[key] = UNKNOWN.string;
  const main: ResourceInput = {
    type: row.type,
    name: resourceName(index),
    props,
    provider,
    ...(row.propertyDependencies ? { propertyDependencies: row.propertyDependencies } : {}),
  };
  return [main, ...(row.others ?? []).map((other) => ({ ...other, provider }))];
}

/** The same resources in deployed form: the outputs the SDK declares (azure-native: no path parameters). */
function deployed(row: Row, index: number): ResourceInput[] {
  const provider = row.type.startsWith("aws:") ? AWS_PROVIDER : AZURE_PROVIDER;
  const main: ResourceInput = {
    type: row.type,
    name: resourceName(index),
    props: row.inputs,
    provider,
    ...(row.propertyDependencies ? { propertyDependencies: row.propertyDependencies } : {}),
  };
  return [main, ...(row.others ?? []).map((other) => ({ ...other, provider }))].map((resource) => {
    const form = deployedForm(resource);
    return { ...resource, props: form.props };
  });
}

const isStackRule = (name: string) => RULES.find((rule) => rule.name === name)?.kind === "stack";

function expectFinding(diagnostics: { policyName: string; urn: string; message: string }[], row: Row, urn: string): void {
  const found = diagnostics.filter((d) => d.policyName === row.rule && d.urn === urn);
  expect(found, JSON.stringify(diagnostics.map((d) => [d.policyName, d.urn]))).toHaveLength(1);
  expect(found[0]?.message).toContain(`Sam O'Connor (${PERSON})`);
  expect(found[0]?.message).toContain(row.quoted);
}

let engine: EngineHarness;
beforeAll(async () => {
  engine = await EngineHarness.start({ env: { SHARED_RESPONSIBILITY_MAP: MAP_FILE } });
  await engine.configure({});
});
afterAll(async () => {
  await engine?.stop();
});

describe.each(ROWS.map((row, index) => [`${row.rule}: ${row.type} by ${row.kind}`, row, index] as const))("%s", (_label, row, index) => {
  const urn = urnOf(row.type, resourceName(index));

  // The pack runs resource rules in Analyze and stack rules in AnalyzeStack (policies/adapter.ts),
  // so each shape goes through the call that runs the row's rule.
  const call = isStackRule(row.rule) ? "AnalyzeStack" : "Analyze";
  const run = (resources: ResourceInput[]) =>
    isStackRule(row.rule) ? engine.analyzeStack(resources) : engine.analyze(resources[0] as ResourceInput);

  it(`${call}, preview shape (Args)`, async () => {
    expectFinding((await run(preview(row, index))).diagnostics, row, urn);
  });

  it(`${call}, deployed shape (outputs)`, async () => {
    expectFinding((await run(deployed(row, index))).diagnostics, row, urn);
  });

  it("audit (state file in the deployed shape)", () => {
    const entries = deployed(row, index).map((resource) => ({
      urn: urnOf(resource.type, resource.name),
      custom: true,
      id: `${resource.name}-id`,
      type: resource.type,
      inputs: {},
      outputs: resource.props,
      ...(resource.propertyDependencies ? { propertyDependencies: resource.propertyDependencies } : {}),
    }));
    const file = writeJson(dir, `state-${index}.json`, stackExport([stackEntry(), ...entries]));
    const result = auditStates([file], { map: MAP, now: NOW });
    const found = result.findings.filter(
      (finding) => finding.rule === row.rule && finding.resource?.urn === urn && finding.status === "fail",
    );
    expect(found.map((finding) => [finding.code, finding.person])).toEqual([["departed-identity", PERSON]]);
    expect(found[0]?.message).toContain(row.quoted);
  });
});
