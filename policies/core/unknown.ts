/**
 * Values a program does not know until deploy. During preview the engine hands a rule its
 * resources' props inside @pulumi/policy's unknown-checking proxy, which throws the SDK's
 * UnknownValueError when a read returns an unknown value. Rules never catch it: a read that throws
 * stops the rule, as @pulumi/policy stops a policy. Only the core catches it, per resource of a
 * stack rule (`judgeEach`), so one unknown value decides nothing about the stack's other resources.
 */
import type { ResourceView } from "./resource";
import type { StackViolation } from "./rule";

type UnknownValueErrorClass = new (...args: never[]) => Error & { props: readonly PropertyKey[] };

/**
 * The error class of @pulumi/policy's proxy module (its .d.ts does not declare it), once a host has
 * loaded that module; undefined before. The core never loads it: the audit reads deployed state as
 * plain values and must not load @pulumi/policy, and while the module is not loaded no proxy exists
 * that could have thrown its error.
 */
function unknownValueErrorClass(): UnknownValueErrorClass | undefined {
  let file: string;
  try {
    file = require.resolve("@pulumi/policy/proxy");
  } catch {
    return undefined;
  }
  const loaded = require.cache[file]?.exports as { UnknownValueError?: UnknownValueErrorClass } | undefined;
  return loaded?.UnknownValueError;
}

/** The SDK's own check: true for the error its proxy throws on reading a value unknown at preview. */
export function isUnknownValueError(error: unknown): error is Error & { props: readonly PropertyKey[] } {
  if (!(error instanceof Error)) return false;
  const UnknownValueError = unknownValueErrorClass();
  return UnknownValueError !== undefined && error instanceof UnknownValueError;
}

/**
 * Judges each resource of a stack rule on its own. A resource whose judgement reads a value unknown
 * at preview (its own, or a sibling's it inherits from) is undecided: reported as such, never as a
 * pass or a failure, and never blocking. The other resources are judged as if it were not there,
 * so an explicit `encrypted: false` on one volume still fails preview when another volume's
 * setting is unknown. Any other error propagates.
 */
export function judgeEach(
  resources: Iterable<ResourceView>,
  judge: (resource: ResourceView) => readonly StackViolation[] | undefined,
): StackViolation[] {
  const out: StackViolation[] = [];
  for (const resource of resources) {
    let found: readonly StackViolation[] | undefined;
    try {
      found = judge(resource);
    } catch (error) {
      if (!isUnknownValueError(error)) throw error;
      out.push(undecided(resource, error));
      continue;
    }
    if (found !== undefined) for (const violation of found) out.push(violation);
  }
  return out;
}

/**
 * The undecided finding of a resource whose verdict depends on another resource's unknown value
 * (`cause.undecided`, a finding `judgeEach` returned): a stack rule that judges a group of
 * resources together (the settings of one account) leaves each of them undecided.
 */
export function undecidedWith(resource: ResourceView, cause: StackViolation): StackViolation {
  if (cause.undecided === undefined) throw new Error("undecidedWith needs an undecided finding");
  return undecided(resource, cause.undecided);
}

function undecided(resource: ResourceView, error: Error): StackViolation {
  return {
    resource,
    actual: `The rule cannot decide during preview: the ${error.message}`,
    advisory: true,
    undecided: error,
  };
}

/**
 * What a stack's resources say about keys they name (a membership about a user's name, a policy
 * about a group), gathered so that an unknown value read on one resource confines itself to the
 * verdicts it can change. A resource whose join (which keys it names) reads an unknown value might
 * name any key, so every key that no known resource settles is undecided; a resource whose reading
 * for a key is unknown leaves that one key undecided. Use `of` for what the known resources say,
 * and call `settle` before any verdict that depends on no other resource naming the key.
 */
export class Joined<T> {
  private readonly known = new Map<string, T[]>();
  private readonly pending = new Map<string, Error>();
  private unjoined: Error | undefined;

  constructor(
    sources: Iterable<ResourceView>,
    join: (source: ResourceView) => string | Iterable<string> | undefined,
    read: (source: ResourceView, key: string) => T,
  ) {
    for (const source of sources) {
      let joined: string | Iterable<string> | undefined;
      try {
        joined = join(source);
      } catch (error) {
        if (!isUnknownValueError(error)) throw error;
        this.unjoined ??= error;
        continue;
      }
      if (joined === undefined) continue;
      for (const key of typeof joined === "string" ? [joined] : joined) this.add(source, key, read);
    }
  }

  private add(source: ResourceView, key: string, read: (source: ResourceView, key: string) => T): void {
    let value: T;
    try {
      value = read(source, key);
    } catch (error) {
      if (!isUnknownValueError(error)) throw error;
      if (!this.pending.has(key)) this.pending.set(key, error);
      return;
    }
    const list = this.known.get(key);
    if (list === undefined) this.known.set(key, [value]);
    else list.push(value);
  }

  /** What the known resources naming `key` say, in stack order. */
  of(key: string): readonly T[] {
    return this.known.get(key) ?? [];
  }

  /** Whether a known resource naming `key` says something that satisfies `test`. */
  some(key: string, test: (value: T) => boolean): boolean {
    return this.of(key).some(test);
  }

  /**
   * Throws the unknown value that may hide another resource naming `key` (inside `judgeEach`, so
   * the resource judged is undecided); returns when every resource that might name it is known.
   */
  settle(key: string): void {
    const error = this.pending.get(key) ?? this.unjoined;
    if (error !== undefined) throw error;
  }
}

/**
 * What a stack's siblings say about the resources they join (a lock about its vault, a policy
 * about its queue), gathered so that an unknown value read on one sibling confines itself to the
 * verdicts it can change. A sibling whose join reads an unknown value might join any target, so
 * every target that no known sibling settles is undecided; a sibling joined to a target whose own
 * reading is unknown leaves that one target undecided. A sibling may join several targets (a
 * backup selection picks many resources). Use `of` for what the known siblings say,
 * and call `settle` before any verdict that depends on no other sibling joining the target.
 */
export class Siblings<T> {
  private readonly joined: Joined<T>;

  constructor(
    siblings: Iterable<ResourceView>,
    join: (sibling: ResourceView) => ResourceView | Iterable<ResourceView> | undefined,
    read: (sibling: ResourceView, target: ResourceView) => T,
  ) {
    const targets = new Map<string, ResourceView>();
    this.joined = new Joined(
      siblings,
      (sibling) => {
        const found = join(sibling);
        if (found === undefined) return undefined;
        const list = isView(found) ? [found] : [...found];
        for (const target of list) targets.set(target.urn, target);
        return list.map((target) => target.urn);
      },
      (sibling, urn) => read(sibling, targets.get(urn) as ResourceView),
    );
  }

  /** What the known siblings joined to `target` say, in stack order. */
  of(target: ResourceView): readonly T[] {
    return this.joined.of(target.urn);
  }

  /** Whether a known sibling joined to `target` says something that satisfies `test`. */
  some(target: ResourceView, test: (value: T) => boolean): boolean {
    return this.joined.some(target.urn, test);
  }

  /**
   * Throws the unknown value that may hide another sibling of `target` (inside `judgeEach`, so
   * `target` is undecided); returns when every sibling that might join it is known.
   */
  settle(target: ResourceView): void {
    this.joined.settle(target.urn);
  }
}

function isView(joined: ResourceView | Iterable<ResourceView>): joined is ResourceView {
  return typeof (joined as Partial<ResourceView>).urn === "string";
}
