import { AZURE } from "../../core/tokens";
import { firewallRangeRule } from "../support/firewall";

// SDK (dbforpostgresql.FirewallRuleArgs): both ends "Must be expressed in IPv4 format". The rule
// 0.0.0.0–0.0.0.0 is what "Allow public access from any Azure service within Azure to this server"
// creates (learn.microsoft.com/azure/postgresql/flexible-server/concepts-firewall-rules).
export default firewallRangeRule({
  name: "azure-dbforpostgresql-firewallrule-disallow-internet-range",
  product: "PostgreSQL flexible",
  type: AZURE.postgresFirewallRule,
  controls: {
    nist: ["SC-7"],
    pciDss: ["1.3.1"],
    iso27001: ["A.8.20"],
    cis: ["Azure 3.0 5.2.5"],
    mcsb: ["NS-2"],
  },
});
