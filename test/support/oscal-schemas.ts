/**
 * Where the tests find NIST's OSCAL JSON Schemas. They are not copied into this repository (NIST
 * publishes them with each OSCAL release), so the tests that validate against them read the folder
 * named by OSCAL_SCHEMA_DIR (a relative path is taken from the project root), by default
 * `../shared/oscal`. Without it those tests are reported as skipped, except in CI, which always has
 * the schemas: there a missing folder fails them.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const DEFAULT_DIR = path.join("..", "shared", "oscal");
const SSP_SCHEMA = "oscal_ssp_schema.json";

export const OSCAL_SCHEMA_DIR = path.resolve(ROOT, process.env["OSCAL_SCHEMA_DIR"] || DEFAULT_DIR);
const sspSchemaPath = path.join(OSCAL_SCHEMA_DIR, SSP_SCHEMA);

/** True when the schema tests must be skipped: no schemas here, and not in CI. */
export const SKIP_OSCAL_SCHEMA_TESTS = !existsSync(sspSchemaPath) && !process.env["CI"];

/** Appended to the title of every test that needs the schemas, so a skipped one says how to run it. */
export const NEEDS_OSCAL_SCHEMAS = `(needs NIST's OSCAL 1.2.2 JSON Schemas: set OSCAL_SCHEMA_DIR to the folder holding ${SSP_SCHEMA}, default ${DEFAULT_DIR})`;

/** The SSP schema, or an error that says which variable to set. */
export function sspSchema(): object {
  if (!existsSync(sspSchemaPath)) {
    throw new Error(`${sspSchemaPath} does not exist: set OSCAL_SCHEMA_DIR to the folder holding NIST's OSCAL 1.2.2 ${SSP_SCHEMA}.`);
  }
  return JSON.parse(readFileSync(sspSchemaPath, "utf8")) as object;
}
