import { AZURE } from "../../core/tokens";
import { engineVersionRule } from "../support/engine-version";

// SDK (dbforpostgresql:Server): `version` "Major version of PostgreSQL database engine" (PostgresMajorVersion "11" to "18").
export default engineVersionRule({
  name: "azure-dbforpostgresql-server-disallow-eol-version",
  displayName: "PostgreSQL flexible servers run a major version Azure still supports",
  description:
    "Every PostgreSQL flexible server's `version` is a major version before its end of standard support in the pack's lifecycle table.",
  resourceTypes: [AZURE.postgresServer],
  remediation: 'Upgrade the server to a supported major version (an in-place major version upgrade), e.g. `version: "17"`.',
  controls: { nist: ["SI-2", "SA-22"], pciDss: ["6.3.3"], iso27001: ["A.8.8"], mcsb: ["PV-6"] },
  noun: "server",
  property: "version",
  product: "azurePostgresFlexible",
  row: (version) => /^\d+/.exec(version)?.[0],
  unset: "The server names no `version` (Azure creates it on its current default major version)",
});
