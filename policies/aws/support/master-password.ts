/**
 * Database master passwords kept out of the Pulumi state (issue 18, row 126): the service manages the
 * password in Secrets Manager, or the program passes it through the write-only property, which the
 * provider never stores. A plain master password property is stored in the state file (SDK doc comments).
 */
import { type CheckResult, fail, notApplicable, pass } from "../../core/rule";

export interface MasterPassword {
  /** "cluster", "instance". */
  readonly kind: string;
  /** The boolean that hands the password to Secrets Manager (`manageMasterUserPassword`, `manageMasterPassword`). */
  readonly managed: string;
  /** The property stored in state (`masterPassword`). */
  readonly plain: string;
  /** Its write-only twin (`masterPasswordWo`). */
  readonly writeOnly: string;
}

/** The problem code every master-password-in-state rule declares. */
export const PASSWORD_IN_STATE = {
  "password-in-state": "the master password is set through a property the provider stores in the Pulumi state (advisory)",
} as const;

function isSet(props: object, name: string): boolean {
  // Only presence matters, never the value: the property descriptor tells whether the program set it
  // (even to a value unknown during preview) without reading the secret through the unknown-checking proxy.
  const value: unknown = Object.getOwnPropertyDescriptor(props, name)?.value;
  return value !== undefined && value !== null && value !== "";
}

export function judgeMasterPassword(props: Readonly<Record<string, unknown>>, spec: MasterPassword): CheckResult {
  if (props[spec.managed] === true) return pass;
  if (isSet(props, spec.plain)) {
    return fail(
      `The ${spec.kind}'s master password is stored in the Pulumi state: \`${spec.plain}\` is set and \`${spec.managed}\` is not true`,
      {
        code: "password-in-state",
        advisory: true,
        fix: `Set \`${spec.managed}: true\` (the service keeps and rotates the password in Secrets Manager), or pass the password as \`${spec.writeOnly}\` with a \`${spec.writeOnly}Version\`, which is never stored in state.`,
      },
    );
  }
  // SDK: the write-only property "will not be updated in state" and requires its `...WoVersion`, so deployed
  // state shows only the version: a set version proves a write-only password in both shapes.
  if (typeof props[`${spec.writeOnly}Version`] === "number" || isSet(props, spec.writeOnly)) return pass;
  return notApplicable(`The ${spec.kind} sets no master password (a snapshot restore or a global cluster member inherits it)`);
}
