import type { SecurityContactArgs } from "@pulumi/azure-native/security";
import { isRecord } from "../../core/resource";
import { defineStackRule } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { anyProvides, checkSubscriptionControl } from "../support/central";

type Contact = Pick<SecurityContactArgs, "isEnabled" | "emails" | "notificationsByRole" | "notificationsSources">;

/** enums.security.MinimalSeverity: "High" sends High alerts, "Medium" Medium or High, "Low" all three. */
const SENDS_HIGH: ReadonlySet<string> = new Set(["High", "Medium", "Low"]);

/** Why a contact does not get high-severity alerts to people, as clauses; empty when it does. */
function gaps(contact: Contact): string[] {
  const out: string[] = [];
  // SecurityContactArgs.isEnabled documents no default, so only an explicit false is a gap.
  if (contact.isEnabled === false) out.push("`isEnabled` is false");
  // `emails`: the addresses (a `;`-separated string) that get Defender for Cloud's notifications.
  if (typeof contact.emails !== "string" || contact.emails.trim() === "") out.push("it names no `emails`");
  // NotificationsSourceAlert: `sourceType` "Alert" with `minimalSeverity` (MinimalSeverity enum, no documented default).
  const sources = Array.isArray(contact.notificationsSources) ? (contact.notificationsSources as unknown[]) : [];
  const alert = sources.find((source) => isRecord(source) && source["sourceType"] === "Alert");
  if (!isRecord(alert)) {
    out.push("`notificationsSources` has no `Alert` source");
  } else {
    const severity = alert["minimalSeverity"];
    if (typeof severity !== "string" || !SENDS_HIGH.has(severity)) {
      out.push("its `Alert` source sets no `minimalSeverity` of High, Medium or Low");
    }
  }
  // notificationsByRole: `state` On (enums.security.State) and `roles` naming Owner (SecurityContactRole).
  const byRole = contact.notificationsByRole;
  const roles = isRecord(byRole) && Array.isArray(byRole["roles"]) ? (byRole["roles"] as unknown[]) : [];
  if (!isRecord(byRole) || byRole["state"] !== "On" || !roles.includes("Owner")) {
    out.push("`notificationsByRole` does not have `state` On with `roles` including Owner");
  }
  return out;
}

export default defineStackRule({
  name: "azure-security-contact-require-alert-notifications",
  displayName: "Defender for Cloud e-mails high-severity alerts to a contact and the subscription owners",
  description:
    "For each Azure subscription the stack deploys into, the stack declares a Defender for Cloud security contact that is not disabled, names `emails`, has an `Alert` notification source with a `minimalSeverity` that includes High, and notifies the Owner role (`notificationsByRole.state` On), unless the responsibility map says the subscription's security contact is managed centrally (`settings.centrallyManaged`, control `defender-contact`).",
  duty: "threat-detection",
  severity: "medium",
  resourceTypes: [AZURE.securityContact],
  remediation:
    'Declare an `azure-native.security.SecurityContact` with `emails`, `notificationsSources: [{ sourceType: "Alert", minimalSeverity: "High" }]` and `notificationsByRole: { state: "On", roles: ["Owner"] }`, or list the subscription under `settings.centrallyManaged` (control `defender-contact`, `subscriptions`) when a landing-zone stack sets it.',
  why: "Defender for Cloud raises a high-severity alert and nobody accountable is told, so an intrusion runs unanswered",
  controls: {
    nist: ["IR-6", "SI-4"],
    mcsb: ["IR-2"],
    cis: ["Azure 3.1.12", "Azure 3.1.13", "Azure 3.1.14"],
    azurePolicy: ["4f4f78b8-e367-4b10-a341-d9a4ad5cf1c7", "6e2593d9-add6-4083-9c9b-4b7d2188c899", "0b15565f-aa9e-48ba-8619-45960f2c314d"],
  },
  problems: {
    "no-security-contact": "the stack declares no security contact, and the map does not say another stack provides one",
    "incomplete-security-contact": "no security contact of the subscription e-mails high-severity alerts to a contact and the owners",
  },
  checkStack(resources, ctx) {
    return checkSubscriptionControl(resources, ctx, {
      control: "defender-contact",
      types: [AZURE.securityContact],
      missing: "Defender for Cloud security contact",
      missingCode: "no-security-contact",
      judge: ({ declared }) =>
        anyProvides(declared, "incomplete-security-contact", (contact) => {
          const problems = gaps(contact.props as Contact);
          return problems.length === 0 ? [] : [`The security contact does not notify about high-severity alerts: ${problems.join(", ")}`];
        }),
    });
  },
});
