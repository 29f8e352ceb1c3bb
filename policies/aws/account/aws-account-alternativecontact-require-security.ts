import type { AlternativeContactArgs } from "@pulumi/aws/account";
import { defineStackRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { checkAccountControl } from "../support/account-control";

type Contact = Pick<AlternativeContactArgs, "alternateContactType" | "emailAddress">;

export default defineStackRule({
  name: "aws-account-alternativecontact-require-security",
  displayName: "Every AWS account the stack deploys to names a security contact",
  description:
    "For each AWS account the stack deploys into, the stack declares an `aws.account.AlternativeContact` with `alternateContactType` `SECURITY` and an email address, unless the responsibility map says the account's security contact is managed centrally.",
  duty: "threat-detection",
  severity: "medium",
  resourceTypes: [AWS.accountAlternativeContact],
  remediation:
    'Declare `new aws.account.AlternativeContact("security", { alternateContactType: "SECURITY", name: ..., title: ..., emailAddress: "<a monitored security mailbox>", phoneNumber: ... })`, or list the account under `settings.centrallyManaged` (control `security-contact`) in the responsibility map when the organisation\'s management stack sets every account\'s contacts.',
  why: "AWS's notices of abuse, compromise and security issues reach nobody who acts on them",
  controls: {
    nist: ["IR-6"],
    pciDss: ["12.10.1"],
    iso27001: ["A.5.24"],
    cis: ["AWS 1.2"],
    securityHub: ["Account.1"],
  },
  problems: {
    "not-declared": "the stack deploys to an account with no security alternate contact, and the map does not say another stack sets it",
    "no-email": "the security contact's `emailAddress` is empty",
  },
  checkStack(resources, ctx) {
    return checkAccountControl(resources, ctx, {
      control: "security-contact",
      types: [AWS.accountAlternativeContact],
      regional: false,
      title: "the account's security contact",
      missing: 'security contact (`aws.account.AlternativeContact` with `alternateContactType: "SECURITY"`)',
      // A contact with `accountId` set is another account's ("ID of the target account when managing
      // member accounts"); the output holds no id when the input names none, so it is not read:
      // such a contact counts for the account the stack deploys to.
      judge: (contact) => {
        const props = contact.props as Contact;
        // account/alternativeContact.d.ts `alternateContactType`: "Allowed values are: `BILLING`, `OPERATIONS`, `SECURITY`."
        if (props.alternateContactType !== "SECURITY") return undefined;
        const email = props.emailAddress;
        if (typeof email === "string" && email.trim() !== "") return [];
        return [
          {
            code: "no-email",
            resource: contact,
            subject: "emailAddress",
            actual: "The security contact reaches nobody: its `emailAddress` is empty",
            fix: "Set `emailAddress` to a monitored security mailbox.",
          },
        ];
      },
    });
  },
});
