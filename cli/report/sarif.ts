import { createHash } from "node:crypto";
import * as path from "node:path";
import type { Controls, Rule, Severity } from "../../policies/core/rule";
import { sarifText } from "./escape";
import { STREAM_MARKER, streamJson } from "./json";
import type { AuditReport, ReportFinding } from "./model";
import type { FindingList } from "./spool";

/**
 * SARIF 2.1.0 for code-scanning upload: every rule of the pack in tool.driver.rules with its
 * metadata, one result per listed finding, located logically by the resource URN (and physically by
 * the state file it came from, which code scanning requires).
 */
export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

const CONTROL_LABELS: Record<keyof Controls, string> = {
  nist: "NIST SP 800-53",
  cis: "CIS",
  pciDss: "PCI DSS",
  iso27001: "ISO 27001",
  securityHub: "Security Hub",
  mcsb: "MCSB",
  azurePolicy: "Azure Policy",
};

/** GitHub code scanning ranks security results by this number (0-10). */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

export function controlIds(controls: Controls): string[] {
  const ids: string[] = [];
  for (const key of Object.keys(CONTROL_LABELS) as (keyof Controls)[]) {
    for (const id of controls[key] ?? []) ids.push(`${CONTROL_LABELS[key]} ${id}`);
  }
  return ids;
}

function pascal(name: string): string {
  return name
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

function ruleDescriptor(rule: Rule) {
  return {
    id: rule.name,
    name: pascal(rule.name),
    shortDescription: { text: rule.displayName },
    fullDescription: { text: rule.description },
    help: { text: `${rule.remediation} Why: ${rule.why}.`, markdown: `**Fix:** ${rule.remediation}\n\n**Why:** ${rule.why}.` },
    helpUri: rule.docsUrl,
    defaultConfiguration: {
      level: rule.enforcementLevel === "mandatory" ? "error" : rule.enforcementLevel === "advisory" ? "warning" : "none",
    },
    properties: {
      tags: ["security", "compliance", ...rule.tags],
      duty: rule.duty,
      severity: rule.severity,
      "security-severity": SECURITY_SEVERITY[rule.severity],
      controls: rule.controls,
      controlIds: controlIds(rule.controls),
    },
  };
}

function levelOf(finding: ReportFinding): "error" | "warning" | "note" | "none" {
  if (finding.status === "waived") return "note";
  if (finding.status === "not-applicable") return "none";
  return finding.enforcementLevel === "mandatory" ? "error" : "warning";
}

function artifactUri(file: string, baseDir: string): string {
  const relative = path.relative(baseDir, path.resolve(file));
  const inside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  const uri = (inside ? relative : path.resolve(file)).split(path.sep).join("/");
  return encodeURI(inside ? uri : `file://${uri.startsWith("/") ? "" : "/"}${uri}`);
}

export interface SarifOptions {
  /** Paths of state files are made relative to this (the repository root in CI). */
  readonly baseDir: string;
  readonly rules: readonly Rule[];
}

/** SARIF as chunks of text (results written one by one); `renderSarif` joins them. */
/** `items` mapped one at a time, as they are read. */
function* mapItems<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

export function renderSarifChunks(report: AuditReport<FindingList>, options: SarifOptions): Iterable<string> {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.name, index]));
  const results = mapItems(report.findings, (finding) => {
    const logical = finding.resource
      ? [{ fullyQualifiedName: finding.resource.urn, name: finding.resource.name, kind: "resource" }]
      : [{ fullyQualifiedName: finding.stack ?? finding.file, name: finding.stack ?? finding.file, kind: "module" }];
    const fingerprint = createHash("sha256")
      .update(`${finding.rule}\u0000${finding.resource?.urn ?? finding.stack ?? ""}\u0000${finding.subject ?? ""}`)
      .digest("hex");
    const index = ruleIndex.get(finding.rule);
    return {
      ruleId: finding.rule,
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: levelOf(finding),
      kind: finding.status === "not-applicable" ? "notApplicable" : "fail",
      message: { text: sarifText(finding.message) },
      locations: [
        {
          // Code scanning wants a file and a line; the state file (or the map) is where the record is.
          physicalLocation: { artifactLocation: { uri: artifactUri(finding.file, options.baseDir) }, region: { startLine: 1 } },
          logicalLocations: logical,
        },
      ],
      partialFingerprints: { "resourceRule/v1": fingerprint },
      ...(finding.status === "waived" && finding.exception
        ? {
            suppressions: [
              {
                kind: "external",
                status: "accepted",
                justification: `${finding.exception.id}: ${finding.exception.reason} (approved by ${finding.exception.approver.name}, expires ${finding.exception.expires})`,
              },
            ],
          }
        : {}),
      properties: {
        status: finding.status,
        enforcementLevel: finding.enforcementLevel,
        severity: finding.severity,
        duty: finding.duty,
        stack: finding.stack,
        ...(finding.resource ? { resourceType: finding.resource.type } : {}),
        ...(finding.subject ? { subject: finding.subject } : {}),
        ...(finding.code ? { code: finding.code } : {}),
        ...(finding.classification ? { classification: finding.classification } : {}),
        owner: finding.owner,
        ...(finding.ownerProblem ? { ownerProblem: finding.ownerProblem } : {}),
        accountable: finding.accountable,
        controlIds: controlIds(finding.controls),
      },
    };
  });
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: "https://github.com/shared-responsibility/shared-responsibility",
            rules: options.rules.map(ruleDescriptor),
          },
        },
        automationDetails: { id: `shared-responsibility-audit/${report.asOf}` },
        invocations: [{ executionSuccessful: true, endTimeUtc: report.generatedAt }],
        results: STREAM_MARKER,
        properties: { summary: report.summary, map: report.map },
      },
    ],
  };
  return streamJson(log, results);
}

export function renderSarif(report: AuditReport<FindingList>, options: SarifOptions): string {
  return [...renderSarifChunks(report, options)].join("");
}
