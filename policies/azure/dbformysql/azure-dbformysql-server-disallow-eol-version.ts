import { AZURE } from "../../core/tokens";
import { engineVersionRule } from "../support/engine-version";

// SDK (dbformysql:Server): `version` "Server version" (ServerVersion "5.7", "8.0.21"); deployed state may
// carry a fuller version, so the row is the major.minor pair ("8.0.21" is 8.0).
export default engineVersionRule({
  name: "azure-dbformysql-server-disallow-eol-version",
  displayName: "MySQL flexible servers run a version Azure still supports",
  description:
    "Every MySQL flexible server's `version` (as major.minor) is before its end of standard support in the pack's lifecycle table.",
  resourceTypes: [AZURE.mysqlServer],
  remediation: 'Upgrade the server to a supported version (a major version upgrade), e.g. `version: "8.4"`.',
  controls: { nist: ["SI-2", "SA-22"], pciDss: ["6.3.3"], iso27001: ["A.8.8"], mcsb: ["PV-6"] },
  noun: "server",
  property: "version",
  product: "azureMysqlFlexible",
  row: (version) => /^\d+\.\d+/.exec(version)?.[0],
  unset: "The server names no `version` (Azure creates it on its current default version)",
});
