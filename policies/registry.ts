import { rules as awsEbs } from "./aws/ebs";
import { rules as awsS3 } from "./aws/s3";
import { rules as azureStorage } from "./azure/storage";
import type { DutyId, Rule } from "./core/rule";
import { rules as ownership } from "./ownership";

/** Every rule the pack ships, gathered explicitly from each service's index. */
export const RULES: readonly Rule[] = [...ownership, ...awsEbs, ...awsS3, ...azureStorage];

export const RULE_BY_NAME: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.name, rule]));

/** Rule name -> duty, for the map loader (exceptions) and the map rules. */
export const RULE_DUTIES: ReadonlyMap<string, DutyId> = new Map(RULES.map((rule) => [rule.name, rule.duty]));
