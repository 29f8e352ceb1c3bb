import contactRequireAlertNotifications from "./azure-security-contact-require-alert-notifications";

export const rules = [contactRequireAlertNotifications];
