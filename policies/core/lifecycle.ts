/**
 * The one dated end-of-support table the patching rules judge by. Rules compare `ctx.now` with a
 * row's `endOfSupport`, so the table ages correctly; update it (and `LIFECYCLE_AS_OF`) when a
 * provider announces new dates. Data only: the core knows no cloud's behaviour, only these dates.
 * A row marked `verify` was not confirmed on the provider's page; rules report it as advisory.
 */
export const LIFECYCLE_AS_OF = "2026-12-06";

export interface LifecycleRow {
  /** The version as the SDK spells it (a Lambda runtime id, a Kubernetes minor). */
  readonly version: string;
  /** The first day the provider no longer patches it (ISO date, UTC). */
  readonly endOfSupport: string;
  readonly source: string;
  readonly verify?: true;
}

export interface LifecycleProduct {
  readonly name: string;
  readonly rows: readonly LifecycleRow[];
}

const LAMBDA = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html";
const LAMBDA_MIRROR = "https://endoflife.date/aws-lambda";
const EKS = "https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html";
const MQ_ACTIVEMQ = "https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/activemq-version-management.html";
const MQ_RABBITMQ = "https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/rabbitmq-version-management.html";
const DOCDB = "https://docs.aws.amazon.com/documentdb/latest/developerguide/docdb-version-support-dates.html";
const AZURE_POSTGRES = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-version-policy";
const AZURE_MYSQL = "https://learn.microsoft.com/azure/mysql/concepts-version-policy";
const APP_SERVICE = "https://learn.microsoft.com/azure/app-service/language-support-policy";
const FUNCTIONS_RUNTIME = "https://learn.microsoft.com/azure/azure-functions/functions-versions";
const AZURE_REDIS = "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-retired-features";

const appService = (endOfSupport: string, versions: readonly string[], extra: Partial<LifecycleRow> = {}): LifecycleRow[] =>
  versions.map((version) => ({ version, endOfSupport, source: APP_SERVICE, verify: true, ...extra }));

const lambda = (endOfSupport: string, versions: readonly string[], extra: Partial<LifecycleRow> = {}): LifecycleRow[] =>
  versions.map((version) => ({ version, endOfSupport, source: LAMBDA, ...extra }));

export const LIFECYCLE = {
  lambdaRuntime: {
    name: "AWS Lambda runtime",
    rows: [
      ...lambda("2021-07-15", ["python2.7"]),
      ...lambda("2021-07-30", ["nodejs10.x", "ruby2.5"]),
      ...lambda("2022-01-05", ["dotnetcore2.1"]),
      ...lambda("2022-05-10", ["dotnet5.0"]),
      ...lambda("2022-07-18", ["python3.6"]),
      ...lambda("2023-03-31", ["nodejs12.x"]),
      ...lambda("2023-04-03", ["dotnetcore3.1"]),
      ...lambda("2023-11-27", ["ruby2.7"]),
      ...lambda("2023-12-04", ["nodejs14.x", "python3.7"]),
      ...lambda("2024-01-08", ["java8", "go1.x", "provided"]),
      ...lambda("2024-05-14", ["dotnet7"]),
      ...lambda("2024-06-12", ["nodejs16.x"]),
      ...lambda("2024-10-14", ["python3.8"]),
      // Reported as 2024-11-12 and as 2024-12-20; the earlier date is kept (both have passed).
      ...lambda("2024-11-12", ["dotnet6"], { verify: true }),
      ...lambda("2025-09-01", ["nodejs18.x"]),
      ...lambda("2025-12-15", ["python3.9"]),
      ...lambda("2026-03-31", ["ruby3.2"]),
      ...lambda("2026-04-30", ["nodejs20.x"]),
      ...lambda("2026-06-30", ["python3.10", "python3.11", "java8.al2", "java11", "java17", "provided.al2"]),
      ...lambda("2026-11-10", ["dotnet8"], { source: LAMBDA_MIRROR }),
      ...lambda("2027-03-31", ["ruby3.3"], { source: LAMBDA_MIRROR }),
      ...lambda("2027-04-30", ["nodejs22.x"], { source: LAMBDA_MIRROR }),
      ...lambda("2028-03-31", ["ruby3.4"], { source: LAMBDA_MIRROR }),
      ...lambda("2028-04-30", ["nodejs24.x"], { source: LAMBDA_MIRROR }),
      ...lambda("2028-10-31", ["python3.12"]),
      ...lambda("2028-11-14", ["dotnet10"], { source: LAMBDA_MIRROR }),
      ...lambda("2029-06-30", ["python3.13", "python3.14", "java21", "java25", "provided.al2023"], { source: LAMBDA_MIRROR }),
    ],
  },
  eksKubernetes: {
    name: "Amazon EKS Kubernetes version (end of standard support)",
    rows: [
      { version: "1.28", endOfSupport: "2024-11-26", source: EKS, verify: true },
      { version: "1.29", endOfSupport: "2025-03-23", source: EKS, verify: true },
      { version: "1.30", endOfSupport: "2025-07-23", source: EKS, verify: true },
      { version: "1.31", endOfSupport: "2025-11-26", source: EKS, verify: true },
      { version: "1.32", endOfSupport: "2026-03-23", source: EKS, verify: true },
      { version: "1.33", endOfSupport: "2026-07-29", source: EKS, verify: true },
    ],
  },
  mqActiveMq: {
    name: "Amazon MQ for ActiveMQ engine version",
    rows: [
      { version: "5.15", endOfSupport: "2024-09-16", source: MQ_ACTIVEMQ },
      { version: "5.16", endOfSupport: "2024-11-15", source: MQ_ACTIVEMQ },
      { version: "5.17", endOfSupport: "2025-06-16", source: MQ_ACTIVEMQ },
    ],
  },
  mqRabbitMq: {
    name: "Amazon MQ for RabbitMQ engine version",
    rows: [
      { version: "3.9", endOfSupport: "2024-09-16", source: MQ_RABBITMQ },
      { version: "3.10", endOfSupport: "2024-10-15", source: MQ_RABBITMQ },
      { version: "3.11", endOfSupport: "2025-02-17", source: MQ_RABBITMQ },
      { version: "3.12", endOfSupport: "2025-03-17", source: MQ_RABBITMQ },
    ],
  },
  docdbEngine: {
    name: "Amazon DocumentDB engine version (end of standard support)",
    // "End of standard support: 30 March 2026"; paid Extended Support starts the next day.
    rows: [{ version: "3.6", endOfSupport: "2026-03-31", source: DOCDB }],
  },
  // App Service "follows community support timelines for the lifecycle of the runtime" and "can't provide
  // security patches ... past its end-of-support date" (the policy page). The dates are each community's
  // end of life, not read on a stored page here, so every row is unconfirmed. Versions as the rule names them.
  appServiceRuntime: {
    name: "language runtime support (App Service follows the community's end of life)",
    rows: [
      ...appService("2022-04-30", ["Node.js 12"]),
      ...appService("2023-04-30", ["Node.js 14"]),
      ...appService("2023-09-11", ["Node.js 16"]),
      ...appService("2025-04-30", ["Node.js 18"]),
      ...appService("2026-04-30", ["Node.js 20"]),
      ...appService("2027-04-30", ["Node.js 22"]),
      ...appService("2028-04-30", ["Node.js 24"]),
      ...appService("2021-12-23", ["Python 3.6"]),
      ...appService("2023-06-27", ["Python 3.7"]),
      ...appService("2024-10-07", ["Python 3.8"]),
      ...appService("2025-10-31", ["Python 3.9"]),
      ...appService("2026-10-31", ["Python 3.10"]),
      ...appService("2027-10-31", ["Python 3.11"]),
      ...appService("2028-10-31", ["Python 3.12"]),
      ...appService("2029-10-31", ["Python 3.13"]),
      ...appService("2022-12-13", [".NET Core 2.1", ".NET Core 3.1"]),
      ...appService("2022-05-10", [".NET 5"]),
      ...appService("2024-05-14", [".NET 7"]),
      ...appService("2024-11-12", [".NET 6"]),
      ...appService("2026-11-10", [".NET 8", ".NET 9"]),
      ...appService("2028-11-14", [".NET 10"]),
      ...appService("2022-11-28", ["PHP 7.4"]),
      ...appService("2023-11-26", ["PHP 8.0"]),
      ...appService("2025-12-31", ["PHP 8.1"]),
      ...appService("2026-12-31", ["PHP 8.2"]),
      ...appService("2027-12-31", ["PHP 8.3"]),
      ...appService("2022-12-03", ["PowerShell 7.0"]),
      ...appService("2024-11-08", ["PowerShell 7.2"]),
      ...appService("2026-11-10", ["PowerShell 7.4"]),
      // Functions host runtime versions 2.x and 3.x ended on 2022-12-13; 1.x ends 2026-09-14.
      ...appService("2022-12-13", ["Functions runtime ~2", "Functions runtime ~3"], { source: FUNCTIONS_RUNTIME }),
      ...appService("2026-09-14", ["Functions runtime ~1"], { source: FUNCTIONS_RUNTIME }),
    ],
  },
  // "Azure Standard Support End Date"; paid Extended Support may follow. Rows 11-13 moved between
  // revisions of the page (2025-11-09 / 2024-11-14 / 2025-11-13, later all 2026-03-31): unconfirmed.
  azurePostgresFlexible: {
    name: "Azure Database for PostgreSQL flexible server major version (end of standard support)",
    rows: [
      { version: "11", endOfSupport: "2026-03-31", source: AZURE_POSTGRES, verify: true },
      { version: "12", endOfSupport: "2026-03-31", source: AZURE_POSTGRES, verify: true },
      { version: "13", endOfSupport: "2026-03-31", source: AZURE_POSTGRES, verify: true },
      { version: "14", endOfSupport: "2026-11-12", source: AZURE_POSTGRES },
      { version: "15", endOfSupport: "2027-11-11", source: AZURE_POSTGRES },
      { version: "16", endOfSupport: "2028-11-09", source: AZURE_POSTGRES },
      { version: "17", endOfSupport: "2029-11-08", source: AZURE_POSTGRES },
      { version: "18", endOfSupport: "2030-11-14", source: AZURE_POSTGRES },
    ],
  },
  // "Azure standard support end date"; read on a mirror of the page (5.7 was earlier given as September 2025).
  azureMysqlFlexible: {
    name: "Azure Database for MySQL flexible server version (end of standard support)",
    rows: [
      { version: "5.7", endOfSupport: "2026-03-31", source: AZURE_MYSQL, verify: true },
      { version: "8.0", endOfSupport: "2026-05-31", source: AZURE_MYSQL, verify: true },
    ],
  },
  // "On June 30, 2023, Redis version 4 was retired for Azure Cache for Redis instances."
  azureRedisCache: {
    name: "Azure Cache for Redis version",
    rows: [{ version: "4", endOfSupport: "2023-06-30", source: AZURE_REDIS }],
  },
} as const satisfies Record<string, LifecycleProduct>;

export type LifecycleProductId = keyof typeof LIFECYCLE;

/** The row of a version, if the table knows it. */
export function lifecycleOf(product: LifecycleProductId, version: string): LifecycleRow | undefined {
  return (LIFECYCLE[product].rows as readonly LifecycleRow[]).find((row) => row.version === version);
}

/** Whether the provider has stopped patching the version on `now` (false when the table does not know it). */
export function isPastSupport(row: LifecycleRow | undefined, now: Date): row is LifecycleRow {
  return row !== undefined && now.getTime() >= Date.parse(`${row.endOfSupport}T00:00:00Z`);
}
