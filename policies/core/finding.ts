import type { Controls, DutyId, EnforcementLevel, Severity } from "./rule";

/**
 * "undecided": during preview the verdict on this resource read a value unknown until deploy; the
 * host reports it as it reports any policy it cannot run during preview (advisory, never blocking).
 * Deployed state holds no unknown values, so an audit never has one.
 */
export type FindingStatus = "fail" | "waived" | "not-applicable" | "undecided";

export interface PersonRef {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

export interface ResourceRef {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
}

export interface AppliedException {
  readonly id: string;
  readonly reason: string;
  readonly approver: PersonRef;
  readonly expires: string;
}

/** One result of one rule on one resource (or on the stack, for presence checks). */
export interface Finding {
  readonly rule: string;
  readonly duty: DutyId;
  readonly severity: Severity;
  readonly enforcementLevel: EnforcementLevel;
  readonly controls: Controls;
  readonly status: FindingStatus;
  readonly resource?: ResourceRef | undefined;
  readonly subject?: string | undefined;
  /** The complete sentence(s) shown to people. */
  readonly message: string;
  /** What is wrong, as the rule said it (or the not-applicable reason); tests assert on it. */
  readonly problem: string;
  /** The rule's stable id of the problem (`Violation.code`), when it gave one. */
  readonly code?: string | undefined;
  /** The id of the map's person the problem is about (`Violation.person`), when it names one. */
  readonly person?: string | undefined;
  /** The owner named by the resource's tag, when it is an active person. */
  readonly owner?: PersonRef | undefined;
  /** Why there is no usable owner, when there is not ("no `owner` tag"). */
  readonly ownerProblem?: string | undefined;
  /** The person accountable for the duty in the map. */
  readonly accountable?: PersonRef | undefined;
  readonly exception?: AppliedException | undefined;
  /** For an undecided finding: the SDK's unknown-value error the verdict's read threw. */
  readonly unknown?: Error | undefined;
  /** The classification level of the resource (its tag, else the map's default), when the map defines levels. */
  readonly classification?: string | undefined;
}

export function personRef(person: { id: string; name: string; email: string }): PersonRef {
  return { id: person.id, name: person.name, email: person.email };
}
