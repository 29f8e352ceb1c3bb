import { AZURE } from "../../core/tokens";
import { firewallRangeRule } from "../support/firewall";

// SDK (sql.FirewallRuleArgs.startIpAddress / endIpAddress): "Must be IPv4 format ... Use value
// '0.0.0.0' for all Azure-internal IP addresses."
export default firewallRangeRule({
  name: "azure-sql-firewallrule-disallow-internet-range",
  product: "Azure SQL",
  type: AZURE.sqlFirewallRule,
  controls: {
    nist: ["SC-7"],
    pciDss: ["1.3.1"],
    iso27001: ["A.8.20"],
    cis: ["Azure 3.0 5.1.2"],
    mcsb: ["NS-2"],
  },
});
