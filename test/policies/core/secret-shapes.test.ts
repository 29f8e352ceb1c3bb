import { describe, expect, it } from "vitest";
import {
  base64Text,
  credentialShapeIn,
  isSecretLikeName,
  isSecretReference,
  nameWords,
  secretEvidence,
} from "../../../policies/core/secret-shapes";

import {
  FAKE_KEY_ID as KEY_ID,
  FAKE_PEM as PEM,
  FAKE_SECRET_KEY as SECRET_KEY,
  FAKE_TEMP_KEY_ID as TEMP_KEY_ID,
} from "../../support/fake-credentials";

describe("nameWords", () => {
  it.each([
    ["DB_PASSWORD", ["db", "password"]],
    ["dbPassword", ["db", "password"]],
    ["APIKey", ["api", "key"]],
    ["x-api-key", ["x", "api", "key"]],
    ["ConnectionStrings:Default", ["connection", "strings", "default"]],
  ])("%s", (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });
});

describe("isSecretLikeName", () => {
  it.each([
    "password",
    "DB_PASSWORD",
    "dbPassword",
    "MYSQL_ROOT_PASSWD",
    "GPG_PASSPHRASE",
    "SECRET",
    "CLIENT_SECRET",
    "clientSecret",
    "JWT_SECRET_KEY",
    "SECRET_KEY",
    "AWS_SECRET_ACCESS_KEY",
    "GITHUB_TOKEN",
    "accessToken",
    "SLACK_BOT_TOKEN",
    "API_KEY",
    "apiKey",
    "APIKey",
    "x-api-key",
    "STRIPE_APIKEY",
    "PRIVATE_KEY",
    "privateKey",
    "STORAGE_ACCOUNT_KEY",
    "DATABASE_CREDENTIALS",
    "CONNECTION_STRING",
    "connectionString",
    "DB_PASSWORD_PROD",
    "TOKEN_VALUE",
  ])("%s names a secret", (name) => {
    expect(isSecretLikeName(name)).toBe(true);
  });

  it.each([
    "TOKEN_ENDPOINT_URL",
    "PASSWORD_POLICY",
    "PASSWORD_MIN_LENGTH",
    "SECRET_ARN",
    "DB_SECRET_NAME",
    "DB_SECRET_ID",
    "SECRETS_MANAGER_ENDPOINT",
    "AWS_ACCESS_KEY_ID",
    "API_KEY_ID",
    "KMS_KEY",
    "KMS_KEY_ID",
    "PUBLIC_KEY",
    "PRIVATE_KEY_PATH",
    "CREDENTIALS_FILE",
    "TOKEN_TTL",
    "ACCESS_TOKEN_LIFETIME",
    "CSRF_TOKEN_HEADER",
    "TOKEN_BUCKET_SIZE",
    "TOKENIZER_MODEL",
    "SECRETARY_EMAIL",
    "PASSWORD_RESET_URL",
    "SECRET_PARAMETER",
    "PWD",
    "KEY",
    "MONKEY",
    "AUTHOR",
    "",
  ])("%s does not", (name) => {
    expect(isSecretLikeName(name)).toBe(false);
  });
});

describe("credentialShapeIn", () => {
  it.each([
    [KEY_ID, "an AWS access key id"],
    [`export AWS_ACCESS_KEY_ID=${TEMP_KEY_ID}`, "an AWS access key id"],
    [`aws_secret_access_key = ${SECRET_KEY}`, "an AWS secret access key"],
    [`#!/bin/bash\necho '${PEM}' > /etc/ssl/key.pem`, "a PEM private key"],
    ["-----BEGIN OPENSSH PRIVATE KEY-----", "a PEM private key"],
    ["-----BEGIN PGP PRIVATE KEY BLOCK-----", "a PEM private key"],
    ["postgres://app:hunter2@db.internal:5432/app", "a URL with a user name and password"],
    ["https://deploy:s3cr3t@git.example.com/repo.git", "a URL with a user name and password"],
    ["Server=tcp:db.example.net;Database=app;User ID=app;Password=hunter2;", "a password assignment (`Password=`)"],
    ["Server=db;Uid=app;Pwd=hunter2", "a password assignment (`Password=`)"],
    [
      "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=bXlrZXk=;EndpointSuffix=core.windows.net",
      "a storage account key in a connection string",
    ],
    [
      "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=c2VjcmV0",
      "a shared access key in a connection string",
    ],
    ["mysql -u root password=hunter2", "a password assignment (`Password=`)"],
  ])("%s", (text, kind) => {
    expect(credentialShapeIn(text)?.kind).toBe(kind);
  });

  it.each([
    "AKIAIOSFODNN7EXAMPL",
    "XAKIAIOSFODNN7EXAMPLE1",
    "aws_secret_access_key=$AWS_SECRET_ACCESS_KEY",
    "-----BEGIN PUBLIC KEY-----",
    "-----BEGIN CERTIFICATE-----",
    "https://git.example.com/repo.git",
    "https://user@git.example.com/repo.git",
    `postgres://app:$${"{"}DB_PASSWORD}@db.internal/app`,
    "postgres://app:$DB_PASSWORD@db.internal/app",
    "redis://:****@cache:6379",
    "Server=db;Database=app;Authentication=Active Directory Default",
    "Server=db;User ID=app;Password=;",
    "Password={{resolve:secretsmanager:db}}",
    "Password=$(aws secretsmanager get-secret-value --secret-id db)",
    "NEW_PASSWORD=hunter2",
    "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send",
    "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf",
  ])("%s shows no credential", (text) => {
    expect(credentialShapeIn(text)).toBeUndefined();
  });
});

describe("isSecretReference", () => {
  it.each([
    "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf",
    "arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:db",
    "arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db/password",
    "{{resolve:secretsmanager:prod/db:SecretString:password}}",
    "{{resolve:ssm-secure:/prod/db/password:1}}",
    "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)",
    "@Microsoft.KeyVault(VaultName=kv;SecretName=db)",
    "https://kv-prod.vault.azure.net/secrets/db-password",
    "https://kv-prod.vault.azure.net/secrets/db-password/0123456789abcdef0123456789abcdef",
    "/prod/db/password",
  ])("%s is a reference", (value) => {
    expect(isSecretReference(value)).toBe(true);
  });

  it.each([
    "hunter2",
    "arn:aws:iam::123456789012:role/app",
    "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db and more",
    "https://kv.vault.azure.net/keys/db",
    "https://evil.example.com/secrets/db",
    "/password",
    "{{resolve:ssm:x}} hunter2",
  ])("%s is not", (value) => {
    expect(isSecretReference(value)).toBe(false);
  });
});

describe("secretEvidence", () => {
  it("reports a credential shape under any name, and only its kind", () => {
    expect(secretEvidence("BOOTSTRAP", KEY_ID, undefined)).toEqual({ strength: "shape", kind: "an AWS access key id" });
  });
  it.each(["AWS_SECRET_ACCESS_KEY", "awsSecretAccessKey", "aws_secret_access_key"])("reports a bare secret access key under %s", (name) => {
    expect(secretEvidence(name, SECRET_KEY, undefined)).toEqual({ strength: "shape", kind: "an AWS secret access key" });
  });
  it("reports a secret-like name over a literal as name evidence", () => {
    expect(secretEvidence("DB_PASSWORD", "hunter2", undefined)).toEqual({ strength: "name" });
  });
  it.each([
    ["a Pulumi secret", "DB_PASSWORD", KEY_ID, new Set([KEY_ID])],
    ["a Secrets Manager ARN", "DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf", undefined],
    ["a placeholder", "DB_PASSWORD", `$${"{"}DB_PASSWORD}`, undefined],
    ["an empty value", "DB_PASSWORD", "", undefined],
    ["a flag", "ENABLE_TOKEN", "true", undefined],
    ["a value that is not text (a secret the audit cannot decrypt)", "DB_PASSWORD", {}, undefined],
    ["a name that is not a secret", "PASSWORD_POLICY", "strict", undefined],
  ])("passes %s", (_, name, value, secrets) => {
    expect(secretEvidence(name, value, secrets)).toBeUndefined();
  });
});

describe("base64Text", () => {
  it("decodes base64 text", () => {
    expect(base64Text(Buffer.from("#!/bin/bash\necho hi\n").toString("base64"))).toBe("#!/bin/bash\necho hi\n");
  });
  it("leaves gzip-compressed data and text that is not base64 alone", () => {
    expect(base64Text(Buffer.from([0x1f, 0x8b, 0x08, 0x00]).toString("base64"))).toBeUndefined();
    expect(base64Text("#!/bin/bash")).toBeUndefined();
  });
});
