import rule from "../../../../policies/aws/account/aws-account-alternativecontact-require-security";
import { AWS } from "../../../../policies/core/tokens";
import { centralMap, inAccount, inRegion } from "../../../support/aws-placement";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const queue = resource(AWS.sqsQueue, "orders", {});
const contact = (props: Record<string, unknown> = {}, extra = {}, name = "security") =>
  resource(
    AWS.accountAlternativeContact,
    name,
    {
      alternateContactType: "SECURITY",
      name: "Security team",
      title: "SOC",
      emailAddress: "soc@northwind.example",
      phoneNumber: "+44 20 7946 0000",
      ...props,
    },
    extra,
  );

describeRule(rule, {
  compliant: [
    { title: "stack with a queue and a security contact", resources: [queue, contact()] },
    {
      title: "queues in two regions of one account share the account's security contact",
      resources: [
        resource(AWS.sqsQueue, "eu", {}, inRegion("eu-west-1")),
        resource(AWS.sqsQueue, "us", {}, inRegion("us-east-1")),
        contact({}, inRegion("eu-west-1")),
      ],
    },
    {
      title: "billing and security contacts",
      resources: [queue, contact({ alternateContactType: "BILLING" }, {}, "billing"), contact()],
    },
  ],
  violating: [
    { title: "stack with a queue and no contact", resources: [queue], codes: ["not-declared"] },
    {
      title: "only a billing contact",
      resources: [queue, contact({ alternateContactType: "BILLING" }, {}, "billing")],
      codes: ["not-declared"],
    },
    { title: "security contact with an empty emailAddress", resources: [queue, contact({ emailAddress: " " })], codes: ["no-email"] },
    {
      title: "a second account without a security contact",
      resources: [queue, contact(), resource(AWS.sqsQueue, "other", {}, inAccount("999999999999"))],
      codes: ["not-declared"],
    },
    {
      title: "queue in an account the map does not list as central",
      resources: [resource(AWS.sqsQueue, "orders", {}, inAccount("999999999999"))],
      map: centralMap(["security-contact"], ["210987654321"]),
      codes: ["not-declared"],
    },
  ],
  notApplicable: [
    {
      title: "map manages security contacts centrally for all accounts",
      resources: [queue],
      map: centralMap(["security-contact"], "all"),
      reason:
        "The responsibility map says the account's security contact is managed centrally in northwind/landing-zone/prod by Tomas Novak for every account: Set by the landing zone.",
    },
    {
      title: "stack without AWS resources",
      resources: [resource("azure-native:storage:StorageAccount", "data", {})],
      reason: "The stack has no AWS resources, so the account's security contact is not expected of it.",
    },
    {
      title: "map puts account contacts on the provider's side",
      resources: [queue],
      map: mapWithScope("threat-detection", {
        provider: "aws",
        resourceTypes: ["aws:account/*"],
        side: "provider",
        note: "The MSSP is the contact.",
      }),
      reason: "The responsibility map puts the account's security contact outside this stack: The MSSP is the contact.",
    },
  ],
  unknown: [
    {
      title: "contact whose type is computed",
      resources: [queue, contact({ alternateContactType: UNKNOWN.string })],
      undecided: ["security"],
    },
    {
      title: "security contact whose email is computed",
      resources: [queue, contact({ emailAddress: UNKNOWN.string })],
      undecided: ["security"],
    },
  ],
});
