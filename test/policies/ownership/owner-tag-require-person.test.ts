import { AWS, AZURE } from "../../../policies/core/tokens";
import { TAGGABLE_TYPES } from "../../../policies/generated/taggable-types";
import rule from "../../../policies/ownership/owner-tag-require-person";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../support/rules";
import { pathExists, shapeOf } from "../../support/shapes";

const volume = (tags: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) =>
  resource(AWS.ebsVolume, "data", { availabilityZone: "eu-west-1a", tags, ...extra });
const group = (tags: Record<string, unknown> | undefined) => resource(AZURE.resourceGroup, "rg", { location: "westeurope", tags });
const withDefaults = (owner: string) => ({
  type: AWS.provider,
  props: { region: "eu-west-1", defaultTags: JSON.stringify({ tags: { owner } }) },
});

const LOOK_ALIKE =
  "The `owner` tag holds look-alike characters: it is not plain ASCII, and no person's id or email in the responsibility map is written with them";
const CONFLICT = (keys: string) => `The tags ${keys} differ only in case and do not name the same person, so the owner is ambiguous`;
/** An Auto Scaling group as the SDK shapes it (inputs and outputs alike): tags are a list, no tagsAll. */
const asg = (tags: unknown, extra = {}) => resource(AWS.autoscalingGroup, "web-asg", { maxSize: 3, minSize: 1, tags }, extra);
const MISSING = "The resource has no `owner` tag, on itself or (AWS) in its provider's default tags";
/**
 * Every taggable type other than the Auto Scaling group's tag list: each takes `tags` as a map in its
 * Args and outputs (scripts/gen-taggable.mjs). Most have only a tag shape
 * (test/support/generated/tag-shapes.json), so these cases may read nothing but tags. Batched, one
 * resource per type, to keep the file fast; each batch runs in preview and in deployed form.
 */
const MAP_TAGGABLE = TAGGABLE_TYPES.filter((type) => type !== AWS.autoscalingGroup);
const BATCH = 125;
const batches = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));
const tagged = (types: readonly string[], tags: Record<string, string> | undefined, provider?: ReturnType<typeof withDefaults>) =>
  types.map((type, i) => ({ type, name: `res-${i}`, props: tags === undefined ? {} : { tags }, ...(provider ? { provider } : {}) }));
/** AWS types whose outputs carry `tagsAll`: the provider's default tags reach them (deployed: in tagsAll). */
const AWS_TAGS_ALL = MAP_TAGGABLE.filter(
  (type) => type.startsWith("aws:") && shapeOf(type, "outputs") !== true && pathExists(shapeOf(type, "outputs") ?? {}, ["tagsAll"]),
);
const ASG_MISSING = "The Auto Scaling group has no `owner` tag in its `tags` list, and provider default tags do not apply to it";

describeRule(rule, {
  compliant: [
    { title: "volume tagged with a person's id", resources: [volume({ owner: "diego.alvarez" })] },
    { title: "volume tagged with a person's email in another case", resources: [volume({ Owner: "MEI.CHEN@northwind.example" })] },
    { title: "volume whose tagsAll carries the owner", resources: [volume({}, { tagsAll: { owner: "lena.fischer" } })] },
    { title: "volume owned through provider default tags", resources: [{ ...volume(undefined), provider: withDefaults("tomas.novak") }] },
    { title: "resource group tagged with a person", resources: [group({ owner: "priya.raman" })] },
    {
      title: "volume whose owner and Owner tags name the same person, by id and by email",
      resources: [volume({ owner: "mei.chen", Owner: "MEI.CHEN@northwind.example" })],
    },
    {
      title: "Auto Scaling group whose tag list names a person",
      resources: [
        asg([
          { key: "Name", value: "web", propagateAtLaunch: true },
          { key: "Owner", value: "lena.fischer", propagateAtLaunch: true },
        ]),
      ],
    },
    {
      title: "deployed Auto Scaling group (same list in outputs)",
      resources: [asg([{ key: "owner", value: "lena.fischer", propagateAtLaunch: false }], { id: "web-asg" })],
    },
    ...batches(MAP_TAGGABLE).map((types, i) => ({
      title: `taggable types batch ${i + 1} (${types[0]} ...), each tagged with a person's id`,
      resources: tagged(types, { owner: "diego.alvarez" }),
    })),
    ...batches(AWS_TAGS_ALL).map((types, i) => ({
      title: `AWS types with tagsAll batch ${i + 1} (${types[0]} ...), owned through provider default tags`,
      resources: tagged(types, undefined, withDefaults("tomas.novak")),
    })),
  ],
  violating: [
    ...batches(MAP_TAGGABLE).map((types, i) => ({
      title: `taggable types batch ${i + 1} (${types[0]} ...), each owned by a departed person`,
      resources: tagged(types, { Name: "web", owner: "sam.oconnor" }),
      problems: types.map(() => "The `owner` tag names Sam O'Connor, who left on 2026-06-30"),
    })),
    ...batches(MAP_TAGGABLE).map((types, i) => ({
      title: `taggable types batch ${i + 1} (${types[0]} ...), each tagged without an owner`,
      resources: tagged(types, { Name: "web" }),
      problems: types.map(() => MISSING),
    })),
    {
      title: "Auto Scaling group without the owner in its list, although the provider's default tags name one",
      resources: [{ ...asg([{ key: "Name", value: "web", propagateAtLaunch: true }]), provider: withDefaults("tomas.novak") }],
      problems: [ASG_MISSING],
    },
    {
      title: "Auto Scaling group with no tags",
      resources: [asg(undefined)],
      problems: [ASG_MISSING],
    },
    {
      title: "Auto Scaling group whose owner tag names nobody in the map",
      resources: [asg([{ key: "owner", value: "nobody", propagateAtLaunch: true }])],
      problems: ["The `owner` tag names no person in the responsibility map"],
    },
    {
      title: "volume with no tags and no default tags",
      resources: [volume(undefined)],
      problems: ["The resource has no `owner` tag, on itself or (AWS) in its provider's default tags"],
    },
    {
      title: "volume whose tagsAll lacks the owner although tags has one (tagsAll wins, as the provider computed it)",
      resources: [volume({ owner: "diego.alvarez" }, { tagsAll: { team: "x" } })],
      problems: ["The resource has no `owner` tag, on itself or (AWS) in its provider's default tags"],
    },
    {
      title: "volume owned by an unknown person",
      resources: [volume({ owner: "ghost" })],
      problems: ["The `owner` tag names no person in the responsibility map"],
    },
    {
      title: "resource group owned by a team alias",
      resources: [group({ owner: "platform-team" })],
      problems: ["The `owner` tag names the team Platform Engineering (platform-team), not a person"],
    },
    {
      title: "volume owned by a job title",
      resources: [volume({ owner: "Security Engineer" })],
      problems: ['The `owner` tag names the job title "Security Engineer", not a person'],
    },
    {
      title: "volume owned through default tags by a departed person",
      resources: [{ ...volume(undefined), provider: withDefaults("sam.oconnor") }],
      problems: ["The `owner` tag names Sam O'Connor, who left on 2026-06-30"],
    },
    { title: "resource group whose owner tag is not text", resources: [group({ owner: 42 })], problems: ["The `owner` tag is not text"] },
    {
      // toLowerCase() folds U+212A into "k", which made this "amara.okafor".
      title: "volume whose owner tag spells a person's id with the Kelvin sign (U+212A) for k",
      resources: [volume({ owner: "amara.o\u212Aafor" })],
      problems: [LOOK_ALIKE],
    },
    {
      title: "volume whose owner tag spells a person's email with full-width letters (NFKC makes them ASCII)",
      resources: [volume({ owner: "\uFF41mara.okafor@northwind.example" })],
      problems: [LOOK_ALIKE],
    },
    {
      title: "volume whose owner tag mixes a Cyrillic а into a person's id",
      resources: [volume({ owner: "\u0430mara.okafor" })],
      problems: [
        "The `owner` tag mixes letters of different scripts (such as Latin and Cyrillic), so it only looks like a person's id or email",
      ],
    },
    {
      title: "volume whose owner and Owner tags name different people",
      resources: [volume({ owner: "diego.alvarez", Owner: "mei.chen" })],
      problems: [CONFLICT("`owner` and `Owner`")],
    },
    {
      title: "volume whose tagsAll names a person under Owner and nobody under OWNER (either order would be a guess)",
      resources: [volume({}, { tagsAll: { OWNER: "ghost", Owner: "lena.fischer" } })],
      problems: [CONFLICT("`OWNER` and `Owner`")],
    },
  ],
  notApplicable: [
    {
      title: "volume where the map puts ownership on the provider's side",
      resources: [volume(undefined)],
      map: mapWithScope("ownership", {
        resourceTypes: ["aws:ebs/*"],
        side: "provider",
        note: "Volumes are owned by the instance they attach to.",
      }),
      reason:
        "The responsibility map puts resource ownership for aws:ebs/volume:Volume on the provider's side: Volumes are owned by the instance they attach to.",
    },
  ],
  unknown: [
    { title: "volume whose tags are unknown", resources: [volume(UNKNOWN.object as never)] },
    { title: "volume whose owner tag value is unknown", resources: [volume({ owner: UNKNOWN.string })] },
    { title: "resource group whose owner tag value is unknown", resources: [group({ owner: UNKNOWN.string })] },
  ],
});
