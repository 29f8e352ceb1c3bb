import dataTagRequireClassification from "./data-tag-require-classification";

export const rules = [dataTagRequireClassification];
