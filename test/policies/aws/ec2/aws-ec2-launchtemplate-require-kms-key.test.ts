import rule from "../../../../policies/aws/ec2/aws-ec2-launchtemplate-require-kms-key";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const OTHER_KEY = "arn:aws:kms:eu-west-1:111122223333:key/9999abcd-12ab-34cd-56ef-1234567890ab";
const device = (deviceName: string, ebs: Record<string, unknown> = {}) => ({
  deviceName,
  ebs: { encrypted: "true", kmsKeyId: KEY, volumeSize: 50, ...ebs },
});
const template = (props: Record<string, unknown>) =>
  resource(AWS.ec2LaunchTemplate, "web", { blockDeviceMappings: [device("/dev/xvda"), device("/dev/sdf")], ...props });

const cases: RuleCases = {
  compliant: [
    { title: "template whose every EBS mapping names a customer-managed kmsKeyId", resources: [template({})] },
    {
      title: "template with a device mapped to an instance store (no ebs) beside a keyed EBS device",
      resources: [template({ blockDeviceMappings: [device("/dev/xvda"), { deviceName: "/dev/sdb", virtualName: "ephemeral0" }] })],
    },
    {
      title: "template whose keys are all in allowedKeys",
      resources: [template({})],
      config: { allowedKeys: [KEY] },
    },
    {
      title: "template without kmsKeyId when customer keys are not required but an allow-list is set",
      resources: [template({ blockDeviceMappings: [device("/dev/xvda", { kmsKeyId: undefined })] })],
      config: { requireCustomerManagedKey: false, allowedKeys: [KEY] },
    },
  ],
  violating: [
    {
      title: "template with kmsKeyId unset on its second device",
      resources: [template({ blockDeviceMappings: [device("/dev/xvda"), device("/dev/sdf", { kmsKeyId: undefined })] })],
      codes: ["key-not-set"],
    },
    {
      title: "template with kmsKeyId=alias/aws/ebs on both devices (one finding per device)",
      resources: [
        template({
          blockDeviceMappings: [device("/dev/xvda", { kmsKeyId: "alias/aws/ebs" }), device("/dev/sdf", { kmsKeyId: "alias/aws/ebs" })],
        }),
      ],
      codes: ["key-aws-managed", "key-aws-managed"],
    },
    {
      title: "template with a key outside allowedKeys",
      resources: [template({ blockDeviceMappings: [device("/dev/xvda", { kmsKeyId: OTHER_KEY })] })],
      config: { allowedKeys: [KEY] },
      codes: ["key-not-allowed"],
    },
    {
      title: "template with an unnamed device and no kmsKeyId",
      resources: [template({ blockDeviceMappings: [{ ebs: { encrypted: "true" } }] })],
      codes: ["key-not-set"],
    },
  ],
  notApplicable: [
    {
      title: "template when requireCustomerManagedKey=false and no allow-list",
      resources: [template({ blockDeviceMappings: [device("/dev/xvda", { kmsKeyId: undefined })] })],
      config: { requireCustomerManagedKey: false },
      reason: "The rule's requireCustomerManagedKey option is off and no allowedKeys are configured",
    },
    {
      title: "template without blockDeviceMappings",
      resources: [template({ blockDeviceMappings: undefined })],
      reason:
        "The launch template has no `blockDeviceMappings` with `ebs`, so its volumes follow the image (aws-ec2-launchtemplate-require-encrypted-volumes reports it)",
    },
  ],
  unknown: [
    { title: "template whose blockDeviceMappings are computed", resources: [template({ blockDeviceMappings: UNKNOWN.array })] },
    {
      title: "template whose ebs block is computed",
      resources: [template({ blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: UNKNOWN.object }] })],
    },
    {
      title: "template whose kmsKeyId is computed",
      resources: [template({ blockDeviceMappings: [device("/dev/xvda", { kmsKeyId: UNKNOWN.string })] })],
    },
  ],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "template with kmsKeyId unset on its root device",
  resources: (tags) => [
    resource(AWS.ec2LaunchTemplate, "web", { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true" } }], tags }),
  ],
  expected: {
    public: { notApplicable: /does not require a customer-managed key/ },
    internal: { notApplicable: /does not require a customer-managed key/ },
    confidential: ["key-not-set"],
    restricted: ["key-not-set"],
  },
});
