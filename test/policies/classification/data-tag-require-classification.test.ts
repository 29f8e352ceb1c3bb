import rule from "../../../policies/classification/data-tag-require-classification";
import { AWS, AZURE, DATA_HOLDING_TYPES } from "../../../policies/core/tokens";
import { MAP_WITHOUT_CLASSIFICATION } from "../../support/classification";
import { describeRule, resource, UNKNOWN } from "../../support/rules";

const bucket = (tags: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) =>
  resource(AWS.s3BucketV2, "data", { tags: { owner: "diego.alvarez", ...tags }, ...extra });
const account = (tags: Record<string, unknown> | undefined) =>
  resource(AZURE.storageAccount, "sa", { kind: "StorageV2", tags: { owner: "diego.alvarez", ...tags } });
const withDefaults = (tags: Record<string, string>) => ({
  type: AWS.provider,
  props: { region: "eu-west-1", defaultTags: JSON.stringify({ tags }) },
});
/** Every data-holding type, so each reaches the rule in both shapes; the rule reads only tags (`tags` in each type's Args). */
const storeOf = (type: string, tags: Record<string, string>) =>
  resource(type, type.split(":").pop()?.toLowerCase() ?? "store", { tags: { owner: "diego.alvarez", ...tags } });

describeRule(rule, {
  compliant: [
    { title: "bucket tagged confidential", resources: [bucket({ "data-classification": "confidential" })] },
    { title: "bucket tagged with a level in another case and spacing", resources: [bucket({ "Data-Classification": " Restricted " })] },
    { title: "bucket whose tagsAll carries the level", resources: [bucket({}, { tagsAll: { "data-classification": "public" } })] },
    {
      title: "bucket classified through provider default tags",
      resources: [{ ...bucket({}), provider: withDefaults({ "data-classification": "internal" }) }],
    },
    { title: "storage account tagged restricted", resources: [account({ "data-classification": "restricted" })] },
    {
      title: "RDS instance, DynamoDB table, log group and SQL database each tagged",
      resources: [
        resource(AWS.rdsInstance, "db", { tags: { owner: "diego.alvarez", "data-classification": "internal" } }),
        resource(AWS.dynamodbTable, "t", { tags: { owner: "diego.alvarez", "data-classification": "confidential" } }),
        resource(AWS.cloudwatchLogGroup, "lg", { tags: { owner: "diego.alvarez", "data-classification": "public" } }),
        resource(AZURE.sqlDatabase, "sqldb", { tags: { owner: "diego.alvarez", "data-classification": "restricted" } }),
      ],
    },
    ...DATA_HOLDING_TYPES.map((type) => ({
      title: `${type} tagged confidential`,
      resources: [storeOf(type, { "data-classification": "confidential" })],
    })),
  ],
  violating: [
    ...DATA_HOLDING_TYPES.map((type) => ({
      title: `${type} without a classification tag`,
      resources: [storeOf(type, {})],
      codes: ["tag-missing"],
    })),
    {
      title: "bucket with no classification tag and no default tags",
      resources: [bucket({})],
      codes: ["tag-missing"],
    },
    {
      title: "bucket whose tagsAll lacks the level although tags has one (tagsAll wins)",
      resources: [bucket({ "data-classification": "public" }, { tagsAll: { owner: "diego.alvarez" } })],
      codes: ["tag-missing"],
    },
    {
      title: "bucket tagged with a value that names no level (secret-ish)",
      resources: [bucket({ "data-classification": "secret-ish" })],
      codes: ["level-unknown"],
    },
    {
      title: "bucket classified through default tags with a value that names no level",
      resources: [{ ...bucket({}), provider: withDefaults({ "data-classification": "top-secret" }) }],
      codes: ["level-unknown"],
    },
    {
      title: "storage account whose classification tag is not text",
      resources: [account({ "data-classification": 3 })],
      codes: ["tag-not-text"],
    },
    {
      title: "storage account with no classification tag",
      resources: [account({})],
      codes: ["tag-missing"],
    },
  ],
  notApplicable: [
    {
      title: "bucket when the map defines no classification levels",
      resources: [bucket({})],
      map: MAP_WITHOUT_CLASSIFICATION,
      reason: "The responsibility map defines no classification levels, so there is no level to name",
    },
  ],
  unknown: [
    { title: "bucket whose tags are unknown", resources: [resource(AWS.s3BucketV2, "data", { tags: UNKNOWN.object })] },
    { title: "bucket whose classification tag value is unknown", resources: [bucket({ "data-classification": UNKNOWN.string })] },
    { title: "storage account whose classification tag value is unknown", resources: [account({ "data-classification": UNKNOWN.string })] },
  ],
});
