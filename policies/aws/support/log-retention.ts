import type { LogGroupArgs } from "@pulumi/aws/cloudwatch";
import type { ResourceView } from "../../core/resource";

/**
 * How long a CloudWatch log group keeps events, shared by the minimum (logging) and maximum
 * (data-retention) rules. SDK (LogGroupArgs.retentionInDays): "If you select 0, the events in the log
 * group are always retained and never expire"; unset is the same (the API keeps events indefinitely
 * without a retention policy).
 *
 * - `never`: unset or 0, events never expire;
 * - `days`: a retention set (the value as given: a secret or odd value is kept for the caller to word).
 */
export type LogGroupRetention = { readonly kind: "never" } | { readonly kind: "days"; readonly days: unknown };

export function logGroupRetention(group: ResourceView): LogGroupRetention {
  const { retentionInDays } = group.props as Pick<LogGroupArgs, "retentionInDays">;
  if (retentionInDays === undefined || retentionInDays === null || retentionInDays === 0) return { kind: "never" };
  return { kind: "days", days: retentionInDays };
}

/**
 * Whether the group is of the DELIVERY class. SDK: "If `logGroupClass` is set to `DELIVERY`, this
 * argument is ignored and `retentionInDays` is forcibly set to 2."
 */
export function isDeliveryClass(group: ResourceView): boolean {
  return (group.props as Pick<LogGroupArgs, "logGroupClass">).logGroupClass === "DELIVERY";
}
