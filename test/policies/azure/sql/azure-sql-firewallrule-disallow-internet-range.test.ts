import rule from "../../../../policies/azure/sql/azure-sql-firewallrule-disallow-internet-range";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule } from "../../../support/rules";
import { firewallCases } from "../support/firewall";

describeRule(rule, firewallCases(AZURE.sqlFirewallRule));
