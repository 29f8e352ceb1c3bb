import rule from "../../../../policies/aws/eks/aws-eks-cluster-disallow-eol-version";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

// The tests' clock is 2026-11-23 (test/support/rules.ts NOW): 1.33 ended 2026-07-29.
const cluster = (props: Record<string, unknown>) =>
  resource(AWS.eksCluster, "apps", {
    roleArn: "arn:aws:iam::111122223333:role/eks",
    vpcConfig: { subnetIds: ["subnet-1"] },
    version: "1.34",
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "Kubernetes 1.34 (no end of support in the table)", resources: [cluster({})] },
    { title: "standard support chosen explicitly", resources: [cluster({ upgradePolicy: { supportType: "STANDARD" } })] },
    { title: "EOL minor accepted by allowedVersions", resources: [cluster({ version: "1.31" })], config: { allowedVersions: ["1.31"] } },
  ],
  violating: [
    { title: "Kubernetes 1.33 (ended 2026-07-29)", resources: [cluster({ version: "1.33" })], codes: ["eol-version"] },
    { title: "Kubernetes 1.25, older than every row", resources: [cluster({ version: "1.25" })], codes: ["eol-version"] },
    { title: "no version", resources: [cluster({ version: undefined })], codes: ["version-unset"] },
    {
      title: "paid extended support on an EOL minor",
      resources: [cluster({ version: "1.30", upgradePolicy: { supportType: "EXTENDED" } })],
      codes: ["eol-version", "extended-support"],
    },
    {
      title: "the message names the minor and its end date",
      resources: [cluster({ version: "1.29" })],
      problems: [
        "The cluster runs Kubernetes 1.29, past its end of standard support on 2025-03-23 (Amazon EKS Kubernetes version (end of standard support)), date unconfirmed",
      ],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "cluster whose version is computed", resources: [cluster({ version: UNKNOWN.string })] },
    { title: "cluster whose support type is computed", resources: [cluster({ upgradePolicy: { supportType: UNKNOWN.string } })] },
  ],
});
