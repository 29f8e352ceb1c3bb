import { expect, it } from "vitest";
import rule from "../../../../policies/aws/ebs/aws-ebs-volume-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, run, UNKNOWN } from "../../../support/rules";

const volume = (props: Record<string, unknown>, name = "data") =>
  resource(AWS.ebsVolume, name, { availabilityZone: "eu-west-1a", size: 100, encrypted: true, ...props });

describeRule(rule, {
  compliant: [{ title: "volume with encrypted=true", resources: [volume({})] }],
  violating: [
    {
      title: "volume with encrypted=false",
      resources: [volume({ encrypted: false })],
      problems: ["The volume is not encrypted: `encrypted` is false"],
    },
    {
      title: "volume with encrypted unset",
      resources: [volume({ encrypted: undefined })],
      problems: ["The volume is not encrypted: `encrypted` is not set, and EBS leaves volumes unencrypted unless told otherwise"],
    },
  ],
  notApplicable: [
    {
      title: "volume where the map puts EBS encryption on the provider's side",
      resources: [volume({ encrypted: false })],
      map: mapWithScope("encryption-at-rest", {
        provider: "aws",
        resourceTypes: ["aws:ebs/*"],
        side: "provider",
        note: "An organisation SCP enforces EBS encryption by default in every account.",
      }),
      reason:
        "The responsibility map puts encryption at rest for aws:ebs/volume:Volume on the provider's side: An organisation SCP enforces EBS encryption by default in every account.",
    },
  ],
  unknown: [{ title: "volume whose encrypted flag is computed", resources: [volume({ encrypted: UNKNOWN.boolean })] }],
});

it("names the owner and the accountable person in the message", () => {
  const [finding] = run(rule, [volume({ encrypted: false })]);
  expect(finding?.message).toBe(
    "The volume is not encrypted: `encrypted` is false, so anyone who obtains the volume or one of its snapshots can read its data. " +
      "Set `encrypted: true` on the volume (and `kmsKeyId` to a customer-managed key where the data needs one). " +
      "Owner: Diego Alvarez <diego.alvarez@northwind.example>. Accountable for encryption at rest: Amara Okafor <amara.okafor@northwind.example>.",
  );
});
