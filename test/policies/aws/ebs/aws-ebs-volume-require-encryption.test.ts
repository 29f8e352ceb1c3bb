import { expect, it } from "vitest";
import rule from "../../../../policies/aws/ebs/aws-ebs-volume-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { centralMap, inAccount, inRegion } from "../../../support/aws-placement";
import { describeRule, resource, run, UNKNOWN } from "../../../support/rules";

const volume = (props: Record<string, unknown>, extra = {}) =>
  resource(AWS.ebsVolume, "data", { availabilityZone: "eu-west-1a", size: 100, encrypted: true, ...props }, extra);
const byDefault = (props: Record<string, unknown> = {}, extra = {}) =>
  resource(AWS.ebsEncryptionByDefault, "default", { enabled: true, ...props }, extra);

describeRule(rule, {
  compliant: [
    { title: "volume with encrypted=true", resources: [volume({})] },
    {
      title: "volume with encrypted unset, EncryptionByDefault in the same region",
      resources: [volume({ encrypted: undefined }, inRegion("eu-west-1")), byDefault({}, inRegion("eu-west-1"))],
    },
    {
      title: "volume with encrypted unset, EncryptionByDefault with enabled unset (defaults to true)",
      resources: [volume({ encrypted: undefined }), byDefault({ enabled: undefined })],
    },
    {
      title: "volume with encrypted unset in an account the map says manages EBS defaults centrally",
      resources: [volume({ encrypted: undefined }, inAccount("210987654321"))],
    },
    {
      title: "deployed volume (encrypted=true in outputs) made under encryption by default",
      resources: [volume({ encrypted: true, kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1" }, { id: "vol-1" })],
    },
    {
      title: "volume with encrypted unset where a map entry covers all accounts",
      resources: [volume({ encrypted: undefined })],
      map: centralMap(["ebs-encryption-by-default"], "all"),
    },
  ],
  violating: [
    {
      title: "volume with encrypted=false next to a volume whose encrypted flag is computed",
      resources: [
        volume({ encrypted: false }),
        resource(AWS.ebsVolume, "scratch", { availabilityZone: "eu-west-1a", encrypted: UNKNOWN.boolean }),
      ],
      codes: ["encryption-off"],
      undecided: ["scratch"],
    },
    {
      title: "volume with encrypted=false, EncryptionByDefault whose enabled flag is computed",
      resources: [volume({ encrypted: false }), byDefault({ enabled: UNKNOWN.boolean })],
      codes: ["encryption-off"],
    },
    {
      title: "volume with encrypted=false next to an EncryptionByDefault whose region is computed",
      resources: [volume({ encrypted: false }), byDefault({ region: UNKNOWN.string })],
      codes: ["encryption-off"],
    },
    {
      title: "volume with encrypted=false",
      resources: [volume({ encrypted: false })],
      codes: ["encryption-off"],
    },
    { title: "volume with encrypted unset", resources: [volume({ encrypted: undefined })], codes: ["encryption-unset-no-default"] },
    {
      title: "volume with encrypted=false even under EncryptionByDefault (deployed: created before it)",
      resources: [volume({ encrypted: false }, { id: "vol-1" }), byDefault({}, { id: "111122223333" })],
      codes: ["encryption-off"],
    },
    {
      title: "volume with encrypted unset, EncryptionByDefault only in another region",
      resources: [volume({ encrypted: undefined }, inRegion("us-east-1")), byDefault({}, inRegion("eu-west-1"))],
      codes: ["encryption-unset-no-default"],
    },
    {
      title: "volume with encrypted unset, EncryptionByDefault disabled",
      resources: [volume({ encrypted: undefined }), byDefault({ enabled: false })],
      codes: ["encryption-unset-no-default"],
    },
    {
      title: "volume with encrypted unset in an account the map does not list",
      resources: [volume({ encrypted: undefined }, inAccount("999999999999"))],
      codes: ["encryption-unset-no-default"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "volume with encrypted unset next to an EncryptionByDefault whose region is computed",
      resources: [volume({ encrypted: undefined }), byDefault({ region: UNKNOWN.string })],
      undecided: ["data"],
    },
    { title: "volume whose encrypted flag is computed", resources: [volume({ encrypted: UNKNOWN.boolean })], undecided: ["data"] },
    {
      title: "volume with encrypted unset, EncryptionByDefault whose enabled flag is computed",
      resources: [volume({ encrypted: undefined }), byDefault({ enabled: UNKNOWN.boolean })],
      undecided: ["data"],
    },
  ],
});

it("names the owner and the accountable person in the message", () => {
  const [finding] = run(rule, [volume({ encrypted: false })]);
  expect(finding?.message).toBe(
    "The volume is not encrypted: `encrypted` is false, so anyone who obtains the volume or one of its snapshots can read its data. " +
      "Set `encrypted: true` on the volume (and `kmsKeyId` to a customer-managed key where the data needs one). " +
      "Owner: Diego Alvarez <diego.alvarez@northwind.example>. Accountable for encryption at rest: Amara Okafor <amara.okafor@northwind.example>.",
  );
});
