/** A small responsibility map for exact-output tests, built from YAML so each test can vary one line. */
import { MapError, parseMap } from "../../responsibility-map/loader";
import type { ResponsibilityMap } from "../../responsibility-map/model";

export const SMALL_MAP_YAML = `version: 1
settings:
  organization: Acme
  providers: [aws, azure]
people:
  - { id: ann, name: Ann Lee, email: ann@acme.example, role: CISO, status: active }
  - { id: bob, name: Bob Stone, email: bob@acme.example, role: Engineer, status: active }
duties:
  - id: backup
    title: Backup
    description: Data stores keep backups.
    side: customer
    controls: [CP-9]
    accountable: ann
    responsible: [bob]
    review: { last: 2026-01-01, cadenceDays: 90, signedOffBy: ann, signedOffOn: 2026-01-02 }
  - id: physical-security
    title: Physical security
    description: Data-centre access control.
    side: provider
    controls: [PE-3]
    accountable: ann
    informed: [bob]
    review: { last: 2026-06-01, cadenceDays: 365, signedOffBy: ann, signedOffOn: 2026-06-01 }
  - id: encryption-at-rest
    title: Encryption at rest
    description: Stored data is encrypted.
    side: customer
    scopes:
      - provider: aws
        resourceTypes: ["aws:dynamodb/table:Table"]
        side: shared
        note: DynamoDB always encrypts.
    controls: [SC-28, SC-28(1)]
    accountable: bob
    consulted: [ann]
    review: { last: 2026-05-01, cadenceDays: 90, signedOffBy: ann, signedOffOn: 2026-05-03 }
exceptions:
  - id: EX-1
    resources: "urn:pulumi:*::*::aws:ebs/volume:Volume::legacy-*"
    duty: encryption-at-rest
    reason: Legacy volumes are migrated in Q3.
    approver: ann
    approved: 2026-06-01
    expires: 2026-09-30
`;

const PARTY = `thirdParties:
  - id: blueline
    name: Blueline Security
    kind: mssp
    contacts:
      - { name: SOC desk, email: soc@blueline.example, phone: +44 20 7946 0123 }
      - { name: Nadia Brooks, email: nadia@blueline.example }
    contract: MSA-2026-014
    review: { last: 2026-05-01, cadenceDays: 180, signedOffBy: ann, signedOffOn: 2026-05-02 }
    identifiers: { awsAccountIds: ["444455556666"], azureTenantIds: [3c6f2a1e-8b4d-4f7a-9e2c-5d1b0a9f8e7c] }
`;
const SHARE = `    thirdParties: [{ party: blueline, share: monitors the backup jobs, raci: responsible }]
    sla: { incidentResponse: PT4H, auditLogsOwner: organisation, regulatorNotifiedBy: blueline }
`;
const BACKUP_REVIEW = "    review: { last: 2026-01-01, cadenceDays: 90, signedOffBy: ann, signedOffOn: 2026-01-02 }\n";

/** The small map with a third party, Blueline (its review falls due 2026-10-28), (lines 8-17) and its share of backup (lines 27-28). */
export const THIRD_PARTY_MAP_YAML = SMALL_MAP_YAML.replace("duties:\n", `${PARTY}duties:\n`).replace(
  BACKUP_REVIEW,
  `${BACKUP_REVIEW}${SHARE}`,
);

/** 2026-07-15: backup is overdue, encryption-at-rest due soon, physical-security current. */
export const TODAY = "2026-07-15";

export function smallMap(yaml: string = SMALL_MAP_YAML): ResponsibilityMap {
  return parseMap(yaml, "/maps/map.yaml");
}

/** The small map with `from` replaced by `to` (exactly once). */
export function smallMapWith(from: string, to: string): ResponsibilityMap {
  if (!SMALL_MAP_YAML.includes(from)) throw new Error(`the small map has no "${from}"`);
  return smallMap(SMALL_MAP_YAML.replace(from, to));
}

/** The loader's problems with a map text, as `line: field: message`; empty when it loads. */
export function problemsOf(yaml: string): string[] {
  try {
    parseMap(yaml, "/maps/map.yaml");
  } catch (error) {
    if (error instanceof MapError) return error.problems.map((p) => `${p.line}: ${p.field}: ${p.message}`);
    throw error;
  }
  return [];
}
