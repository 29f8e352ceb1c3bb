import tableEnableDeletionProtection from "./aws-dynamodb-table-enable-deletion-protection";
import tableEnablePitr from "./aws-dynamodb-table-enable-pitr";
import tableRequireKmsKey from "./aws-dynamodb-table-require-kms-key";

export const rules = [tableEnablePitr, tableRequireKmsKey, tableEnableDeletionProtection];
