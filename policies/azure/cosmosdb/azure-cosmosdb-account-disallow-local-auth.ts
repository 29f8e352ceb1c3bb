import type { DatabaseAccountArgs } from "@pulumi/azure-native/cosmosdb";
import { defineRule, fail, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Account = Pick<DatabaseAccountArgs, "disableLocalAuth">;

export default defineRule({
  name: "azure-cosmosdb-account-disallow-local-auth",
  displayName: "Cosmos DB accounts accept only Entra ID authentication",
  description: "Every Cosmos DB account sets `disableLocalAuth` to true, so data access goes through Entra ID.",
  duty: "mfa",
  severity: "high",
  resourceTypes: [AZURE.cosmosDbAccount],
  remediation: "Set `disableLocalAuth: true` on the Cosmos DB account and grant data access with Cosmos DB RBAC role assignments.",
  why: "anyone holding a primary key gets in without Entra ID sign-in or MFA",
  controls: { nist: ["IA-2"], mcsb: ["IM-1"], azurePolicy: ["5450f5bd-9c72-4390-a9c4-a7aba4edfdd2"] },
  problems: { "local-auth-enabled": "the account accepts account keys" },
  check(account) {
    const { disableLocalAuth } = account.props as Account;
    // SDK: "Opt-out of local authentication": keys stay accepted unless it is true.
    if (disableLocalAuth === true) return pass;
    return fail(
      disableLocalAuth === false
        ? "The account accepts account keys: `disableLocalAuth` is false"
        : "The account accepts account keys: `disableLocalAuth` is not set, and Azure then allows them",
      { code: "local-auth-enabled" },
    );
  },
});
