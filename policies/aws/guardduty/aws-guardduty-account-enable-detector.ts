import type { DetectorArgs, DetectorFeatureArgs } from "@pulumi/aws/guardduty";
import { StackIndex } from "../../core/joins";
import { defineStackRule, isNotApplicable, type StackViolation } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { checkAccountControl } from "../support/account-control";

type Detector = Pick<DetectorArgs, "enable">;
type Feature = Pick<DetectorFeatureArgs, "name" | "status">;

/** Each protection feature and the resources it protects: turning it off matters where the stack uses them. */
const PROTECTS: Readonly<Record<string, { readonly what: string; readonly types: readonly string[] }>> = {
  S3_DATA_EVENTS: { what: "S3 buckets", types: S3_BUCKETS },
  EKS_AUDIT_LOGS: { what: "EKS clusters", types: [AWS.eksCluster] },
  EKS_RUNTIME_MONITORING: { what: "EKS clusters", types: [AWS.eksCluster] },
  RUNTIME_MONITORING: { what: "EKS clusters, EC2 instances or ECS services", types: [AWS.eksCluster, AWS.ec2Instance, AWS.ecsService] },
  EBS_MALWARE_PROTECTION: { what: "EC2 instances or EBS volumes", types: [AWS.ec2Instance, AWS.ebsVolume] },
  RDS_LOGIN_EVENTS: { what: "RDS databases", types: [AWS.rdsInstance, AWS.rdsCluster] },
  LAMBDA_NETWORK_LOGS: { what: "Lambda functions", types: [AWS.lambdaFunction] },
};

export default defineStackRule({
  name: "aws-guardduty-account-enable-detector",
  displayName: "GuardDuty watches every account and region the stack deploys to",
  description:
    "For each AWS account and region the stack deploys into, the stack declares a GuardDuty detector that is not suspended (`enable` is true, the default), unless the responsibility map says GuardDuty is managed centrally there; no `aws.guardduty.DetectorFeature` turns off the protection of a kind of resource the stack creates.",
  duty: "threat-detection",
  severity: "medium",
  resourceTypes: [AWS.guarddutyDetector, AWS.guarddutyDetectorFeature],
  remediation:
    'Declare `new aws.guardduty.Detector("main", { enable: true })` in each account and region (through that region\'s provider), or list the account under `settings.centrallyManaged` (control `guardduty`) in the responsibility map when a landing-zone stack or the organisation\'s delegated administrator enables GuardDuty; set `status: "ENABLED"` on DetectorFeatures for resources the stack uses.',
  why: "compromised credentials, crypto-mining and data exfiltration go unnoticed",
  controls: {
    nist: ["SI-4", "IR-4"],
    pciDss: ["10.7.2", "11.5.1"],
    iso27001: ["A.8.16"],
    securityHub: ["GuardDuty.1"],
  },
  problems: {
    "not-declared":
      "the stack deploys to an account and region with no GuardDuty detector, and the map does not say GuardDuty is managed centrally there",
    "detector-suspended": "a detector sets `enable` to false (GuardDuty suspended)",
    "protection-off": "a DetectorFeature sets `status` to DISABLED for a protection of resources the stack creates",
  },
  checkStack(resources, ctx) {
    const result = checkAccountControl(resources, ctx, {
      control: "guardduty",
      types: [AWS.guarddutyDetector],
      regional: true,
      title: "GuardDuty",
      missing: "GuardDuty detector (`aws.guardduty.Detector`)",
      judge: (detector) =>
        // guardduty/detector.d.ts: `enable` "Setting to `false` is equivalent to "suspending" GuardDuty. Defaults to `true`."
        (detector.props as Detector).enable === false
          ? [
              {
                code: "detector-suspended",
                resource: detector,
                actual: "GuardDuty is suspended: the detector sets `enable` to false",
                fix: "Set `enable: true` on the detector (or leave it unset).",
              },
            ]
          : [],
    });
    const index = StackIndex.of(resources);
    const features = index.ofType([AWS.guarddutyDetectorFeature]);
    if (features.length === 0) return result;
    // guardduty/detectorFeature.d.ts: `status` "Valid values: `ENABLED`, `DISABLED`"; `name` lists the features.
    const off = judgeEach(features, (feature): StackViolation[] => {
      const props = feature.props as Feature;
      if (props.status !== "DISABLED" || typeof props.name !== "string") return [];
      const protects = PROTECTS[props.name];
      if (protects === undefined || !index.has(protects.types)) return [];
      return [
        {
          code: "protection-off",
          resource: feature,
          subject: props.name,
          actual: `GuardDuty's ${props.name} protection is off: the DetectorFeature sets \`status\` to DISABLED while the stack creates ${protects.what}`,
          fix: 'Set `status: "ENABLED"` on the DetectorFeature.',
        },
      ];
    });
    if (off.length === 0) return result;
    return isNotApplicable(result) ? off : [...result, ...off];
  },
});
