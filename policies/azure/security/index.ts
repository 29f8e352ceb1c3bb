import contactRequireAlertNotifications from "./azure-security-contact-require-alert-notifications";
import pricingRequireDefenderPlans from "./azure-security-pricing-require-defender-plans";

export const rules = [contactRequireAlertNotifications, pricingRequireDefenderPlans];
