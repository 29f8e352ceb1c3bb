import type { AccountArgs, StandardsSubscriptionArgs } from "@pulumi/aws/securityhub";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { checkAccountControl } from "../support/account-control";

type Account = Pick<AccountArgs, "enableDefaultStandards" | "autoEnableControls">;
type Subscription = Pick<StandardsSubscriptionArgs, "standardsArn">;

/** The baselines the anchors ask for, as they appear in a standard's ARN (securityhub/standardsSubscription.d.ts table). */
const BASELINE = /(?:standards|ruleset)\/(?:aws-foundational-security-best-practices|cis-aws-foundations-benchmark)\//;

export default defineStackRule({
  name: "aws-securityhub-account-enable-standards",
  displayName: "Security Hub runs a security baseline in every account and region the stack deploys to",
  description:
    "For each AWS account and region the stack deploys into, the stack declares an `aws.securityhub.Account` that enables the default standards (the default) or sits next to a subscription to AWS Foundational Security Best Practices or the CIS AWS Foundations Benchmark, and keeps `autoEnableControls` on, unless the responsibility map says Security Hub is managed centrally there.",
  duty: "threat-detection",
  severity: "medium",
  resourceTypes: [AWS.securityhubAccount, AWS.securityhubStandardsSubscription],
  remediation:
    'Declare `new aws.securityhub.Account("main", {})` in each account and region (leave `enableDefaultStandards` and `autoEnableControls` unset or true, or add an `aws.securityhub.StandardsSubscription` for AWS Foundational Security Best Practices or CIS), or list the account under `settings.centrallyManaged` (control `security-hub`) in the responsibility map when a landing-zone stack or the delegated administrator enables it.',
  why: "misconfigurations and the findings of other detectors are never gathered or checked against a baseline",
  controls: {
    nist: ["SI-4", "CA-7"],
    pciDss: ["10.4.1"],
    iso27001: ["A.8.16"],
    cis: ["AWS 4.16"],
    securityHub: ["SecurityHub.1"],
  },
  problems: {
    "not-declared":
      "the stack deploys to an account and region with no Security Hub account, and the map does not say Security Hub is managed centrally there",
    "no-standards":
      "a Security Hub account sets `enableDefaultStandards` to false and no Foundational Best Practices or CIS subscription is declared beside it",
    "auto-enable-off": "a Security Hub account sets `autoEnableControls` to false",
  },
  checkStack(resources, ctx) {
    return checkAccountControl(resources, ctx, {
      control: "security-hub",
      types: [AWS.securityhubAccount],
      regional: true,
      title: "Security Hub",
      missing: "Security Hub account (`aws.securityhub.Account`)",
      judge: (account, here) => {
        const props = account.props as Account;
        const problems: StackViolation[] = [];
        // securityhub/account.d.ts: `enableDefaultStandards` (FSBP v1.0.0 and CIS v1.2.0) "Defaults to `true`".
        if (props.enableDefaultStandards === false) {
          const subscribed = here([AWS.securityhubStandardsSubscription]).some((subscription) => {
            const arn = (subscription.props as Subscription).standardsArn;
            return typeof arn === "string" && BASELINE.test(arn);
          });
          if (!subscribed) {
            problems.push({
              code: "no-standards",
              resource: account,
              subject: "enableDefaultStandards",
              actual:
                "Security Hub checks no baseline: the account sets `enableDefaultStandards` to false and the stack subscribes it to neither AWS Foundational Security Best Practices nor the CIS AWS Foundations Benchmark there",
              fix: "Leave `enableDefaultStandards` unset, or add an `aws.securityhub.StandardsSubscription` whose `standardsArn` names one of those standards.",
            });
          }
        }
        // securityhub/account.d.ts: `autoEnableControls` "By default, this is set to true".
        if (props.autoEnableControls === false) {
          problems.push({
            code: "auto-enable-off",
            resource: account,
            subject: "autoEnableControls",
            actual: "Security Hub does not turn on new controls: the account sets `autoEnableControls` to false",
            fix: "Set `autoEnableControls: true` (or leave it unset).",
          });
        }
        return problems;
      },
    });
  },
});
