import { type OwnerStatus, resolveOwner } from "../core/owner";
import { defineRule, fail, pass } from "../core/rule";
import { AWS } from "../core/tokens";
import { TAGGABLE_TYPES } from "../generated/taggable-types";

function actualFor(status: Exclude<OwnerStatus, { kind: "person" }>, key: string, type: string): string {
  switch (status.kind) {
    case "missing":
      // Auto Scaling groups take no provider default tags (their `tags` is a list of `{ key, value }`).
      return type === AWS.autoscalingGroup
        ? `The Auto Scaling group has no \`${key}\` tag in its \`tags\` list, and provider default tags do not apply to it`
        : `The resource has no \`${key}\` tag, on itself or (AWS) in its provider's default tags`;
    case "not-text":
      return `The \`${key}\` tag is not text`;
    case "unknown-person":
      return `The \`${key}\` tag names no person in the responsibility map`;
    case "team":
      return `The \`${key}\` tag names the team ${status.team.name} (${status.team.id}), not a person`;
    case "title":
      return `The \`${key}\` tag names the job title "${status.title}", not a person`;
    case "departed":
      return `The \`${key}\` tag names ${status.person.name}, who left on ${status.person.departed ?? "an unrecorded date"}`;
    case "look-alike":
      return status.mixedScripts
        ? `The \`${key}\` tag mixes letters of different scripts (such as Latin and Cyrillic), so it only looks like a person's id or email`
        : `The \`${key}\` tag holds look-alike characters: it is not plain ASCII, and no person's id or email in the responsibility map is written with them`;
    case "conflict":
      return `The tags ${status.keys.map((tag) => `\`${tag}\``).join(" and ")} differ only in case and do not name the same person, so the owner is ambiguous`;
  }
}

export default defineRule({
  name: "owner-tag-require-person",
  displayName: "Every resource names an active person as its owner",
  description:
    "Every taggable AWS and Azure resource carries the owner tag, and its value is the id or email of an active person in the responsibility map.",
  duty: "ownership",
  severity: "high",
  resourceTypes: TAGGABLE_TYPES,
  problems: {
    missing: "The resource has no owner tag.",
    "not-text": "The owner tag is not text.",
    "unknown-person": "The owner tag names no person in the map.",
    team: "The owner tag names a team, not a person.",
    title: "The owner tag names a job title, not a person.",
    departed: "The owner tag names a person who has left.",
    "look-alike": "The owner tag holds look-alike characters that only resemble a person's id or email.",
    conflict: "Owner tags that differ only in case name different people.",
  },
  remediation:
    "Set the owner tag to the id or email of an active person in the responsibility map, on the resource or (AWS) in the provider's `defaultTags`.",
  why: "nobody is answerable for the resource when a duty on it is missed",
  controls: { nist: ["CM-8", "CM-8(4)"], pciDss: ["12.5.1"], iso27001: ["A.5.9"] },
  check(resource, ctx) {
    const status = resolveOwner(resource, ctx.map);
    if (status.kind === "person") return pass;
    const key = ctx.map.settings.ownerTagKey;
    return fail(actualFor(status, key, resource.type), {
      code: status.kind,
      subject: status.kind,
      fix:
        status.kind === "conflict"
          ? `Keep one \`${key}\` tag, set to the id or email of an active person in the responsibility map, and remove the others.`
          : resource.type === AWS.autoscalingGroup
            ? `Add \`{ key: "${key}", value: <person id or email>, propagateAtLaunch: true }\` to the group's \`tags\`.`
            : `Set the \`${key}\` tag to the id or email of an active person in the responsibility map.`,
    });
  },
});
