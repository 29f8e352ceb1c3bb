/**
 * What the "engine version past its end of support" rules of Azure's managed data services share
 * (PostgreSQL and MySQL flexible servers, Azure Cache for Redis): each rule file names its service's
 * facts (type tokens, the version property, how a version maps to a lifecycle row) with citations;
 * the dates live in the one lifecycle table (`policies/core/lifecycle.ts`).
 */
import { isPastSupport, LIFECYCLE, type LifecycleProductId, type LifecycleRow, lifecycleOf } from "../../core/lifecycle";
import { type Controls, defineRule, fail, notApplicable, pass, type ResourceRule } from "../../core/rule";

export interface EngineVersionFacts {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly resourceTypes: readonly string[];
  readonly remediation: string;
  readonly controls: Controls;
  /** What messages call the resource ("server", "cache"). */
  readonly noun: string;
  /** The property holding the version (`version`, `redisVersion`). */
  readonly property: string;
  readonly product: LifecycleProductId;
  /** The lifecycle row's version for a declared or deployed version ("8.0.21" to "8.0"), or undefined when it names none. */
  readonly row: (version: string) => string | undefined;
  /** The not-applicable reason for an unset version (the service then picks its current default). */
  readonly unset: string;
}

interface Config {
  readonly allowedVersions: readonly string[];
}

export function engineVersionRule(facts: EngineVersionFacts): ResourceRule {
  const product = LIFECYCLE[facts.product];
  const rows: readonly LifecycleRow[] = product.rows;
  return defineRule<Config>({
    name: facts.name,
    displayName: facts.displayName,
    description: facts.description,
    duty: "patching",
    severity: "medium",
    resourceTypes: facts.resourceTypes,
    remediation: facts.remediation,
    why: "after its end of standard support the version gets security fixes only under paid extended support, if at all, and Azure may upgrade it on its own schedule",
    controls: facts.controls,
    options: {
      allowedVersions: {
        type: "array",
        description:
          "Versions accepted even after their end-of-support date (an approved, time-boxed exception), as the lifecycle table names them.",
        default: [],
        items: { type: "string" },
        uniqueItems: true,
      },
    },
    // Only the codes the product's rows can give (a table with no unconfirmed row never reports one).
    problems: {
      ...(rows.some((row) => row.verify !== true) ? { "eol-version": `the ${facts.noun}'s version is past its end of support` } : {}),
      ...(rows.some((row) => row.verify === true)
        ? { "eol-version-unconfirmed": "the version is past an end-of-support date the table marks as unconfirmed" }
        : {}),
    },
    check(resource, ctx) {
      const version = resource.props[facts.property];
      if (version === undefined) return notApplicable(facts.unset);
      if (typeof version !== "string") return notApplicable(`The ${facts.noun}'s \`${facts.property}\` is not a version string`);
      const key = facts.row(version);
      if (key === undefined || ctx.config.allowedVersions.includes(key)) return pass;
      const row = lifecycleOf(facts.product, key);
      if (!isPastSupport(row, ctx.now)) return pass;
      const verified = row.verify !== true;
      return fail(
        `The ${facts.noun} runs version ${row.version}, whose ${product.name} ended on ${row.endOfSupport}${verified ? "" : " (date unconfirmed)"}`,
        verified ? { code: "eol-version" } : { code: "eol-version-unconfirmed", advisory: true },
      );
    },
  });
}
