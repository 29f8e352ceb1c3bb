import rule from "../../../../policies/aws/ssm/aws-ssm-patchbaseline-limit-approval-delay";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const filters = [{ key: "CLASSIFICATION", values: ["Security"] }];
const baseline = (props: Record<string, unknown>) =>
  resource(AWS.ssmPatchBaseline, "linux", {
    name: "linux",
    operatingSystem: "AMAZON_LINUX_2023",
    approvalRules: [{ approveAfterDays: 7, complianceLevel: "CRITICAL", patchFilters: filters }],
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "security patches approved after 7 days, rated CRITICAL", resources: [baseline({})] },
    {
      title: "explicit patches with a compliance level",
      resources: [baseline({ approvedPatches: ["KB123456"], approvedPatchesComplianceLevel: "HIGH" })],
    },
    {
      title: "a longer delay allowed by the option",
      resources: [baseline({ approvalRules: [{ approveAfterDays: 14, complianceLevel: "HIGH", patchFilters: filters }] })],
      config: { maxApproveAfterDays: 14 },
    },
  ],
  violating: [
    {
      title: "approval after 30 days",
      resources: [baseline({ approvalRules: [{ approveAfterDays: 30, complianceLevel: "HIGH", patchFilters: filters }] })],
      codes: ["approval-delay-over-limit"],
    },
    {
      title: "approval rule without a compliance level",
      resources: [baseline({ approvalRules: [{ approveAfterDays: 3, patchFilters: filters }] })],
      codes: ["compliance-level-unspecified"],
    },
    {
      title: "explicit patches rated UNSPECIFIED",
      resources: [baseline({ approvedPatches: ["KB123456"], approvedPatchesComplianceLevel: "UNSPECIFIED" })],
      codes: ["compliance-level-unspecified"],
    },
    {
      title: "the message names the rule and its delay",
      resources: [baseline({ approvalRules: [{ approveAfterDays: 30, complianceLevel: "HIGH", patchFilters: filters }] })],
      problems: ["Approval rule 0 approves patches 30 days after release, more than the 7 allowed"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "baseline whose approval rules are computed", resources: [baseline({ approvalRules: UNKNOWN.array })] },
    {
      title: "approval rule whose delay is computed",
      resources: [baseline({ approvalRules: [{ approveAfterDays: UNKNOWN.number, complianceLevel: "HIGH", patchFilters: filters }] })],
    },
  ],
});
