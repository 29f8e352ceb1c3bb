import type { RecorderArgs, RecorderStatusArgs } from "@pulumi/aws/cfg";
import type { input } from "@pulumi/aws/types";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { checkAccountControl } from "../support/account-control";

type Recorder = Pick<RecorderArgs, "recordingGroup">;
type RecordingGroup = Pick<input.cfg.RecorderRecordingGroup, "allSupported">;
type Status = Pick<RecorderStatusArgs, "isEnabled">;

export default defineStackRule({
  name: "aws-cfg-recorder-enable-recording",
  displayName: "AWS Config records every resource in every account and region the stack deploys to",
  description:
    "For each AWS account and region the stack deploys into, the stack declares an AWS Config recorder that records all supported resource types (the default), is started by an `aws.cfg.RecorderStatus` with `isEnabled` true and delivers through an `aws.cfg.DeliveryChannel`, unless the responsibility map says AWS Config is managed centrally there.",
  duty: "threat-detection",
  severity: "medium",
  resourceTypes: [AWS.cfgRecorder, AWS.cfgRecorderStatus, AWS.cfgDeliveryChannel],
  remediation:
    "Declare an `aws.cfg.Recorder` (leave `recordingGroup.allSupported` unset or true), an `aws.cfg.DeliveryChannel` to an S3 bucket and an `aws.cfg.RecorderStatus` with `isEnabled: true` in each account and region, or list the account under `settings.centrallyManaged` (control `config`) in the responsibility map when a landing-zone stack or an organisation conformance setup records it.",
  why: "changes to resources go unrecorded, so drift and tampering cannot be traced or investigated",
  controls: {
    nist: ["CM-8", "AU-12"],
    pciDss: ["10.7.2"],
    iso27001: ["A.8.9"],
    cis: ["AWS 3.3"],
    securityHub: ["Config.1"],
  },
  problems: {
    "not-declared":
      "the stack deploys to an account and region with no Config recorder, and the map does not say AWS Config is managed centrally there",
    "not-all-resources": "the recorder sets `recordingGroup.allSupported` to false",
    "not-started": "no RecorderStatus with `isEnabled` true starts the recorder",
    "no-delivery-channel": "no DeliveryChannel is declared beside the recorder",
  },
  checkStack(resources, ctx) {
    return checkAccountControl(resources, ctx, {
      control: "config",
      types: [AWS.cfgRecorder],
      regional: true,
      title: "AWS Config",
      missing: "AWS Config recorder (`aws.cfg.Recorder`)",
      // AWS Config allows one configuration recorder per account and region, so the status and the
      // delivery channel of the same place are the recorder's.
      judge: (recorder, here) => {
        const problems: StackViolation[] = [];
        // types/input.d.ts RecorderRecordingGroup: `allSupported` "Defaults to `true`".
        const group = (recorder.props as Recorder).recordingGroup as RecordingGroup | undefined;
        if (group?.allSupported === false) {
          problems.push({
            code: "not-all-resources",
            resource: recorder,
            subject: "recordingGroup.allSupported",
            actual: "The recorder records only some resource types: `recordingGroup.allSupported` is false",
            fix: "Set `recordingGroup.allSupported: true` (or leave it unset) and drop `resourceTypes` and `exclusionByResourceTypes`.",
          });
        }
        // cfg/recorder.d.ts: the recorder "does not start" by itself; cfg/recorderStatus.d.ts `isEnabled` starts it.
        const statuses = here([AWS.cfgRecorderStatus]);
        if (!statuses.some((status) => (status.props as Status).isEnabled === true)) {
          problems.push({
            code: "not-started",
            resource: recorder,
            subject: "RecorderStatus",
            actual:
              statuses.length === 0
                ? "The recorder never starts: the stack declares no `aws.cfg.RecorderStatus` for it"
                : "The recorder is stopped: its `aws.cfg.RecorderStatus` does not set `isEnabled` to true",
            fix: "Declare an `aws.cfg.RecorderStatus` naming the recorder with `isEnabled: true` (it depends on the delivery channel).",
          });
        }
        // cfg/recorder.d.ts: starting the recorder "requires a delivery channel".
        if (here([AWS.cfgDeliveryChannel]).length === 0) {
          problems.push({
            code: "no-delivery-channel",
            resource: recorder,
            subject: "DeliveryChannel",
            actual: "The recorder delivers nowhere: the stack declares no `aws.cfg.DeliveryChannel` beside it",
            fix: "Declare an `aws.cfg.DeliveryChannel` with `s3BucketName` (and the recorder's name) in the same account and region.",
          });
        }
        return problems;
      },
    });
  },
});
