import rule from "../../../../policies/azure/web/azure-web-app-disallow-basic-auth";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

const APP_ID = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/sites/web-app";
const SLOT_ID = `${APP_ID}/slots/staging`;

const app = () => resource(AZURE.webApp, "web", { resourceGroupName: "rg-app", name: "web-app", httpsOnly: true });
const slot = () => resource(AZURE.webAppSlot, "web-staging", { resourceGroupName: "rg-app", name: "web-app", slot: "staging" });
const deployedApp = () => resource(AZURE.webApp, "web", { name: "web-app", kind: "app" }, { id: APP_ID });
const deployedSlot = () => resource(AZURE.webAppSlot, "web-staging", { name: "web-app/staging", kind: "app" }, { id: SLOT_ID });

/** Preview form: `name` comes from the app's output. */
const policy = (type: string, props: Record<string, unknown> = {}) =>
  resource(
    type,
    `web-${type.split(":")[2]}`,
    { resourceGroupName: "rg-app", name: "web-app", allow: false, ...props },
    { propertyDependencies: { name: [urnOf(AZURE.webApp, "web")] } },
  );
/** Slot policies name the app and the slot literally. */
const slotPolicy = (type: string, props: Record<string, unknown> = {}) =>
  resource(type, `staging-${type.split(":")[2]}`, {
    resourceGroupName: "rg-app",
    name: "web-app",
    slot: "staging",
    allow: false,
    ...props,
  });
/** Deployed form: outputs carry only the policy's own name; the id nests under the app's. */
const deployedPolicy = (type: string, parentId: string, props: Record<string, unknown> = {}) => {
  const kind = type.includes("Scm") ? "scm" : "ftp";
  return resource(
    type,
    `deployed-${type.split(":")[2]}`,
    { name: kind, allow: false, ...props },
    { id: `${parentId}/basicPublishingCredentialsPolicies/${kind}` },
  );
};

const scm = (props: Record<string, unknown> = {}) => policy(AZURE.webAppScmAllowed, props);
const ftp = (props: Record<string, unknown> = {}) => policy(AZURE.webAppFtpAllowed, props);

describeRule(rule, {
  compliant: [
    { title: "app with SCM and FTP basic auth disallowed (preview)", resources: [app(), scm(), ftp()] },
    {
      title: "app joined by resourceGroupName + name, case differing, without dependencies",
      resources: [app(), resource(AZURE.webAppScmAllowed, "s", { resourceGroupName: "RG-APP", name: "Web-App", allow: false }), ftp()],
    },
    {
      title: "app and slot with all four policies",
      resources: [app(), slot(), scm(), ftp(), slotPolicy(AZURE.webAppScmAllowedSlot), slotPolicy(AZURE.webAppFtpAllowedSlot)],
    },
    {
      title: "deployed app and slot whose policies nest under their ids",
      resources: [
        deployedApp(),
        deployedSlot(),
        deployedPolicy(AZURE.webAppScmAllowed, APP_ID),
        deployedPolicy(AZURE.webAppFtpAllowed, APP_ID.toUpperCase()),
        deployedPolicy(AZURE.webAppScmAllowedSlot, SLOT_ID),
        deployedPolicy(AZURE.webAppFtpAllowedSlot, SLOT_ID),
      ],
    },
  ],
  violating: [
    {
      title: "app without credential policies, an explicit failure next to an app whose SCM allow is computed",
      resources: [
        app(),
        resource(AZURE.webApp, "api", { resourceGroupName: "rg-app", name: "api-app", httpsOnly: true }),
        ...[AZURE.webAppScmAllowed, AZURE.webAppFtpAllowed].map((type) =>
          resource(
            type,
            `api-${type.split(":")[2]}`,
            { resourceGroupName: "rg-app", name: "api-app", allow: type === AZURE.webAppScmAllowed ? UNKNOWN.boolean : false },
            { propertyDependencies: { name: [urnOf(AZURE.webApp, "api")] } },
          ),
        ),
      ],
      codes: ["no-credential-policy", "no-credential-policy"],
      undecided: ["api"],
    },
    {
      title: "app whose SCM policy has a secret allow that is no boolean",
      resources: [app(), scm({ allow: canary("false") }), ftp()],
      codes: ["basic-auth-allowed"],
    },
    { title: "app without credential policies", resources: [app()], codes: ["no-credential-policy", "no-credential-policy"] },
    {
      title: "app with SCM allow=true",
      resources: [app(), scm({ allow: true }), ftp()],
      codes: ["basic-auth-allowed"],
    },
    {
      title: "app with FTP allow=true",
      resources: [app(), scm(), ftp({ allow: true })],
      codes: ["basic-auth-allowed"],
    },
    {
      title: "slot covered only by the app-level policies",
      resources: [app(), slot(), scm(), ftp()],
      codes: ["no-credential-policy", "no-credential-policy"],
    },
    {
      title: "deployed app whose policies belong to another app",
      resources: [
        deployedApp(),
        deployedPolicy(AZURE.webAppScmAllowed, APP_ID.replace("web-app", "web-other")),
        deployedPolicy(AZURE.webAppFtpAllowed, APP_ID.replace("web-app", "web-other")),
      ],
      codes: ["no-credential-policy", "no-credential-policy"],
    },
    {
      title: "deployed app with FTP allow=true",
      resources: [
        deployedApp(),
        deployedPolicy(AZURE.webAppScmAllowed, APP_ID),
        deployedPolicy(AZURE.webAppFtpAllowed, APP_ID, { allow: true }),
      ],
      codes: ["basic-auth-allowed"],
    },
  ],
  notApplicable: [{ title: "stack without web apps", resources: [scm(), ftp()], reason: "The stack has no web app" }],
  unknown: [
    { title: "SCM allow computed", resources: [app(), scm({ allow: UNKNOWN.boolean }), ftp()], undecided: ["web"] },
    { title: "FTP allow computed", resources: [app(), scm(), ftp({ allow: UNKNOWN.boolean })], undecided: ["web"] },
  ],
});
