import { AZURE } from "../../core/tokens";
import { firewallRangeRule } from "../support/firewall";

// SDK (dbformysql.FirewallRuleArgs): both ends "Must be IPv4 format". The rule 0.0.0.0–0.0.0.0 is
// what "Allow public access from any Azure service within Azure to this server" creates
// (learn.microsoft.com/azure/mysql/flexible-server/concepts-networking-public).
export default firewallRangeRule({
  name: "azure-dbformysql-firewallrule-disallow-internet-range",
  product: "MySQL flexible",
  type: AZURE.mysqlFirewallRule,
  controls: {
    nist: ["SC-7"],
    pciDss: ["1.3.1"],
    iso27001: ["A.8.20"],
    mcsb: ["NS-2"],
  },
});
