import { classificationOf } from "../core/classification";
import { defineRule, fail, notApplicable, pass } from "../core/rule";
import { DATA_HOLDING_TYPES } from "../core/tokens";

export default defineRule({
  name: "data-tag-require-classification",
  displayName: "Every data store names its data classification level",
  description:
    "Every AWS and Azure resource that holds data carries the classification tag, and its value is a classification level defined in the responsibility map.",
  duty: "data-classification",
  severity: "medium",
  resourceTypes: DATA_HOLDING_TYPES,
  remediation:
    "Set the classification tag (`data-classification` by default) to a level defined in the responsibility map, on the resource or (AWS) in the provider's `defaultTags`.",
  problems: {
    "tag-missing": "The resource has no classification tag and falls back to the default level.",
    "tag-not-text": "The classification tag is not text.",
    "level-unknown": "The classification tag names no level in the map.",
  },
  why: "its encryption, backup and logging follow that level rather than what the data actually needs",
  controls: { nist: ["RA-2", "AC-16"], iso27001: ["A.5.12", "A.5.13"] },
  check(resource, ctx) {
    const classification = ctx.map.classification;
    if (classification === undefined) {
      return notApplicable("The responsibility map defines no classification levels, so there is no level to name");
    }
    const status = classificationOf(resource, ctx.map);
    if (status.kind === "tagged" || status.kind === "unclassified") return pass;
    const key = classification.tagKey;
    const levels = classification.levels.map((level) => level.id).join(", ");
    const fix = `Set the \`${key}\` tag to one of ${levels}, on the resource or (AWS) in the provider's \`defaultTags\`.`;
    switch (status.kind) {
      case "default":
        return fail(
          `The resource has no \`${key}\` tag, on itself or (AWS) in its provider's default tags, and falls back to the default level ${status.level.id}`,
          { code: "tag-missing", subject: "missing", fix },
        );
      case "unrecognised":
        // The value itself is never echoed: a tag may hold a secret.
        return fail(
          status.notText
            ? `The \`${key}\` tag is not text, and the resource falls back to the most sensitive level ${status.level.id}`
            : `The \`${key}\` tag names no classification level in the responsibility map (${levels}), and the resource falls back to the most sensitive level ${status.level.id}`,
          { code: status.notText ? "tag-not-text" : "level-unknown", subject: "unknown-level", fix },
        );
    }
  },
});
