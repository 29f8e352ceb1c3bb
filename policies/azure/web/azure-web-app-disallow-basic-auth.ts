import type { WebAppScmAllowedArgs } from "@pulumi/azure-native/web";
import { StackIndex } from "../../core/joins";
import { shownValue } from "../../core/message";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { ChildIndex } from "../support/child-index";

type CredentialPolicy = Pick<WebAppScmAllowedArgs, "allow">;

interface Kind {
  readonly subject: "scm" | "ftp";
  readonly label: string;
  readonly appType: string;
  readonly slotType: string;
}

const KINDS: readonly Kind[] = [
  { subject: "scm", label: "SCM (Kudu) deployments", appType: AZURE.webAppScmAllowed, slotType: AZURE.webAppScmAllowedSlot },
  { subject: "ftp", label: "FTP deployments", appType: AZURE.webAppFtpAllowed, slotType: AZURE.webAppFtpAllowedSlot },
];

function allowClause(allow: unknown): string {
  const shown = shownValue(allow, ["true", "false"]);
  return shown === undefined ? "an `allow` that is not a boolean" : `\`allow\` ${shown}`;
}

export default defineStackRule({
  name: "azure-web-app-disallow-basic-auth",
  displayName: "Web apps disallow basic-auth publishing credentials",
  description:
    "Every web app (and slot) has a WebAppScmAllowed and a WebAppFtpAllowed (or their Slot variants) with `allow` false, so SCM and FTP deployments accept only Entra ID.",
  duty: "mfa",
  severity: "high",
  resourceTypes: [
    AZURE.webApp,
    AZURE.webAppSlot,
    AZURE.webAppScmAllowed,
    AZURE.webAppFtpAllowed,
    AZURE.webAppScmAllowedSlot,
    AZURE.webAppFtpAllowedSlot,
  ],
  problems: {
    "no-credential-policy": "No WebAppScmAllowed / WebAppFtpAllowed (or Slot variant) refers to the app, so basic auth is allowed.",
    "basic-auth-allowed": "The app's publishing-credential policy does not set `allow` to false.",
  },
  remediation:
    "Add an `azure-native.web.WebAppScmAllowed` and an `azure-native.web.WebAppFtpAllowed` with `name` and `resourceGroupName` of the app and `allow: false` (for a slot, the `...Slot` resources with `slot` set).",
  why: "publishing user names and passwords deploy code without Entra ID, so neither MFA nor conditional access applies to them",
  controls: {
    nist: ["IA-2"],
    pciDss: ["8.3.1"],
    mcsb: ["IM-1"],
    azurePolicy: ["aede300b-d67f-480a-ae26-4b3dfb1a1fdc", "871b205b-57cf-4e1e-a234-492616998bf7"],
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const targets = index.ofType([AZURE.webApp, AZURE.webAppSlot]);
    if (targets.length === 0) return notApplicable("The stack has no web app");
    const apps = new ChildIndex(index, [AZURE.webApp], [{ property: "name", attribute: "name" }]);
    const slots = new ChildIndex(
      index,
      [AZURE.webAppSlot],
      [
        { property: "name", attribute: "name" },
        { property: "slot", attribute: "slot" },
      ],
    );
    // Each app or slot on its own: one whose policies (or their app reference) are unknown at
    // preview is undecided, and the others are still judged.
    const found = judgeEach(targets, (target): StackViolation[] => {
      const violations: StackViolation[] = [];
      for (const kind of KINDS) {
        const slot = target.type === AZURE.webAppSlot;
        const policyType = slot ? kind.slotType : kind.appType;
        const typeName = policyType.split(":")[2] ?? policyType;
        // The first policy of a kind per app (or slot) counts.
        const policy = (slot ? slots : apps).childrenOf(target, [policyType])[0];
        if (policy === undefined) {
          violations.push({
            resource: target,
            code: "no-credential-policy",
            subject: kind.subject,
            actual: `The app accepts basic-auth credentials for ${kind.label}: no ${typeName} refers to it, and App Service then allows them`,
            fix: `Add an \`azure-native.web.${typeName}\` for the app with \`allow: false\`.`,
          });
          continue;
        }
        const { allow } = policy.props as CredentialPolicy;
        if (allow !== false) {
          violations.push({
            resource: target,
            code: "basic-auth-allowed",
            subject: kind.subject,
            actual:
              allow === undefined
                ? `The app accepts basic-auth credentials for ${kind.label}: its ${typeName} does not set \`allow\``
                : `The app accepts basic-auth credentials for ${kind.label}: its ${typeName} has ${allowClause(allow)}`,
            fix: `Set \`allow: false\` on the ${typeName}.`,
          });
        }
      }
      return violations;
    });
    // Findings by kind, then by app, as before: SCM for every app, then FTP.
    return KINDS.flatMap((kind) => found.filter((f) => (f.undecided !== undefined ? kind === KINDS[0] : f.subject === kind.subject)));
  },
});
