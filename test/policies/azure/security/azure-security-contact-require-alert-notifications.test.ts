import rule from "../../../../policies/azure/security/azure-security-contact-require-alert-notifications";
import { AZURE } from "../../../../policies/core/tokens";
import { centralSubscriptionMap, inSubscription, SUB_A, SUB_B } from "../../../support/azure-placement";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const GOOD = {
  emails: "soc@northwind.example",
  notificationsSources: [{ sourceType: "Alert", minimalSeverity: "High" }],
  notificationsByRole: { state: "On", roles: ["Owner"] },
};
const contact = (props: Record<string, unknown> = {}, name = "default", extra = {}) =>
  resource(AZURE.securityContact, name, { ...GOOD, ...props }, extra);
const group = (extra = {}) => resource(AZURE.resourceGroup, "rg-app", {}, extra);

describeRule(rule, {
  compliant: [
    { title: "e-mails, High alerts and the owners notified", resources: [group(), contact()] },
    {
      title: "Medium alerts (which include High), several roles, enabled, an attack-path source beside",
      resources: [
        contact({
          isEnabled: true,
          notificationsSources: [
            { sourceType: "AttackPath", minimalRiskLevel: "Critical" },
            { sourceType: "Alert", minimalSeverity: "Medium" },
          ],
          notificationsByRole: { state: "On", roles: ["AccountAdmin", "Owner"] },
        }),
      ],
    },
    {
      title: "one subscription managed centrally, the other with its own contact",
      resources: [group(inSubscription(SUB_A)), contact({}, "b", inSubscription(SUB_B))],
      map: centralSubscriptionMap(["defender-contact"], [SUB_A]),
    },
  ],
  violating: [
    { title: "an Azure stack without a security contact", resources: [group()], codes: ["no-security-contact"] },
    { title: "a disabled contact", resources: [contact({ isEnabled: false })], codes: ["incomplete-security-contact"] },
    { title: "a contact without e-mails", resources: [contact({ emails: undefined })], codes: ["incomplete-security-contact"] },
    {
      title: "only attack-path notifications, and an alert source without a severity in another contact",
      resources: [
        contact({ notificationsSources: [{ sourceType: "AttackPath", minimalRiskLevel: "Critical" }] }, "paths"),
        contact({ notificationsSources: [{ sourceType: "Alert" }] }, "alerts"),
      ],
      codes: ["incomplete-security-contact", "incomplete-security-contact"],
    },
    {
      title: "owners not notified: state Off, or roles without Owner",
      resources: [
        contact({ notificationsByRole: { state: "Off", roles: ["Owner"] } }, "off"),
        contact({ notificationsByRole: { state: "On", roles: ["Contributor"] } }, "contributors"),
      ],
      codes: ["incomplete-security-contact", "incomplete-security-contact"],
    },
    {
      title: "a second subscription without a contact of its own",
      resources: [contact({}, "a", inSubscription(SUB_A)), group(inSubscription(SUB_B))],
      codes: ["no-security-contact"],
    },
    {
      title: "a deployed contact without owner notifications",
      resources: [
        contact({ notificationsByRole: undefined }, "default", {
          id: `/subscriptions/${SUB_A}/providers/Microsoft.Security/securityContacts/default`,
        }),
      ],
      codes: ["incomplete-security-contact"],
    },
  ],
  notApplicable: [
    {
      title: "the map manages the security contact centrally for every subscription",
      resources: [group()],
      map: centralSubscriptionMap(["defender-contact"], "all"),
      reason:
        "The responsibility map says the subscription's Defender for Cloud security contact is managed centrally in northwind/platform/prod by Tomas Novak for every subscription: Set by the platform team.",
    },
    { title: "a stack without Azure resources", resources: [resource("aws:s3/bucket:Bucket", "assets", {})], reason: /no Azure resources/ },
    {
      title: "the map puts security contacts on the provider's side",
      resources: [group()],
      map: mapWithScope("threat-detection", {
        provider: "azure",
        resourceTypes: [AZURE.securityContact],
        side: "provider",
        note: "The MSSP's tenant sets the contacts.",
      }),
      reason: /outside this stack: The MSSP's tenant sets the contacts\.$/,
    },
  ],
  unknown: [
    { title: "a contact whose e-mails are computed", resources: [contact({ emails: UNKNOWN.string })], undecided: ["default"] },
    {
      title: "an incomplete contact next to one whose notification sources are computed",
      resources: [contact({ isEnabled: false }, "off"), contact({ notificationsSources: UNKNOWN.array })],
      undecided: ["off", "default"],
    },
  ],
});
