import { expect, it } from "vitest";
import { AWS, AZURE } from "../../../policies/core/tokens";
import { TAGGABLE_TYPES } from "../../../policies/generated/taggable-types";
import rule from "../../../policies/ownership/owner-tag-require-person";
import { describeRule, resource, run, UNKNOWN } from "../../support/rules";
import { pathExists, shapeOf } from "../../support/shapes";

const volume = (tags: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) =>
  resource(AWS.ebsVolume, "data", { availabilityZone: "eu-west-1a", tags, ...extra });
const group = (tags: Record<string, unknown> | undefined) => resource(AZURE.resourceGroup, "rg", { location: "westeurope", tags });
const withDefaults = (owner: string) => ({
  type: AWS.provider,
  props: { region: "eu-west-1", defaultTags: JSON.stringify({ tags: { owner } }) },
});

/** An Auto Scaling group as the SDK shapes it (inputs and outputs alike): tags are a list, no tagsAll. */
const asg = (tags: unknown, extra = {}) => resource(AWS.autoscalingGroup, "web-asg", { maxSize: 3, minSize: 1, tags }, extra);
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
      codes: types.map(() => "departed"),
    })),
    ...batches(MAP_TAGGABLE).map((types, i) => ({
      title: `taggable types batch ${i + 1} (${types[0]} ...), each tagged without an owner`,
      resources: tagged(types, { Name: "web" }),
      codes: types.map(() => "missing"),
    })),
    {
      title: "Auto Scaling group without the owner in its list, although the provider's default tags name one",
      resources: [{ ...asg([{ key: "Name", value: "web", propagateAtLaunch: true }]), provider: withDefaults("tomas.novak") }],
      codes: ["missing"],
    },
    {
      title: "Auto Scaling group with no tags",
      resources: [asg(undefined)],
      codes: ["missing"],
    },
    {
      title: "Auto Scaling group whose owner tag names nobody in the map",
      resources: [asg([{ key: "owner", value: "nobody", propagateAtLaunch: true }])],
      codes: ["unknown-person"],
    },
    {
      title: "volume with no tags and no default tags",
      resources: [volume(undefined)],
      codes: ["missing"],
    },
    {
      title: "volume whose tagsAll lacks the owner although tags has one (tagsAll wins, as the provider computed it)",
      resources: [volume({ owner: "diego.alvarez" }, { tagsAll: { team: "x" } })],
      codes: ["missing"],
    },
    {
      title: "volume owned by an unknown person",
      resources: [volume({ owner: "ghost" })],
      codes: ["unknown-person"],
    },
    {
      title: "resource group owned by a team alias",
      resources: [group({ owner: "platform-team" })],
      codes: ["team"],
    },
    {
      title: "volume owned by a job title",
      resources: [volume({ owner: "Security Engineer" })],
      codes: ["title"],
    },
    {
      title: "volume owned through default tags by a departed person",
      resources: [{ ...volume(undefined), provider: withDefaults("sam.oconnor") }],
      codes: ["departed"],
    },
    { title: "resource group whose owner tag is not text", resources: [group({ owner: 42 })], codes: ["not-text"] },
    {
      // toLowerCase() folds U+212A into "k", which made this "amara.okafor".
      title: "volume whose owner tag spells a person's id with the Kelvin sign (U+212A) for k",
      resources: [volume({ owner: "amara.o\u212Aafor" })],
      codes: ["look-alike"],
    },
    {
      title: "volume whose owner tag spells a person's email with full-width letters (NFKC makes them ASCII)",
      resources: [volume({ owner: "\uFF41mara.okafor@northwind.example" })],
      codes: ["look-alike"],
    },
    {
      title: "volume whose owner tag mixes a Cyrillic а into a person's id",
      resources: [volume({ owner: "\u0430mara.okafor" })],
      codes: ["look-alike"],
    },
    {
      title: "volume whose owner and Owner tags name different people",
      resources: [volume({ owner: "diego.alvarez", Owner: "mei.chen" })],
      codes: ["conflict"],
    },
    {
      title: "volume whose tagsAll names a person under Owner and nobody under OWNER (either order would be a guess)",
      resources: [volume({}, { tagsAll: { OWNER: "ghost", Owner: "lena.fischer" } })],
      codes: ["conflict"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "volume whose tags are unknown", resources: [volume(UNKNOWN.object as never)] },
    { title: "volume whose owner tag value is unknown", resources: [volume({ owner: UNKNOWN.string })] },
    { title: "resource group whose owner tag value is unknown", resources: [group({ owner: UNKNOWN.string })] },
  ],
});

it("says a mixed-script owner tag only looks like a person's id, without quoting it", () => {
  const [finding] = run(rule, [volume({ owner: "\u0430mara.okafor" })]);
  expect(finding?.problem).toBe(
    "The `owner` tag mixes letters of different scripts (such as Latin and Cyrillic), so it only looks like a person's id or email",
  );
});
