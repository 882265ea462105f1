import assert from "node:assert/strict";
import { test } from "node:test";
import { KEY_WORDS, keyTerms, type ProfileIndex, StoryClusterer } from "./cluster.ts";
import { normalised, type TermVector } from "./features.ts";

const empty: ProfileIndex = { storiesNaming: () => [], profile: () => null, nextSeq: () => 0 };
const v = (entries: [string, number][]): TermVector => normalised(new Map(entries));

test("the second look: an article that no longer fits its story starts one under a new name; the rest stay", () => {
  const clusterer = new StoryClusterer(empty, { threshold: 0.12 });
  const a = v([
    ["@a", 1],
    ["@s", 0.2],
  ]);
  const b = v([
    ["@s", 1],
    ["@b", 1],
  ]);
  const c = v([
    ["@b", 1],
    ["@c", 1],
  ]);
  const first = clusterer.assign("A", a);
  assert.equal(clusterer.assign("B", b), first);
  assert.equal(clusterer.assign("C", c), first);
  const moved = clusterer.reassign("A", a, first);
  assert.notEqual(moved, first);
  // B and C still make up the first story, and none of its weights went negative
  const profiles = new Map(clusterer.changedProfiles().map((p) => [p.profile.id, p.profile.sum]));
  const rest = profiles.get(first);
  assert.ok(rest && [...rest.values()].every((w) => w > -1e-9));
  assert.ok((rest?.get("@b") ?? 0) > 1);
  assert.equal(clusterer.reassign("B", b, first), first);
});

test("key terms: every entity and the few heaviest words, so a report whose names went unrecognised finds its story", () => {
  const weights: [string, number][] = [
    ["@x", 0.1],
    ...Array.from({ length: KEY_WORDS + 3 }, (_, i): [string, number] => [`w${i}`, 1 - i / 20]),
  ];
  const keys = keyTerms(new Map(weights));
  assert.equal(keys.length, 1 + KEY_WORDS);
  assert.ok(keys.includes("@x") && keys.includes("w0") && !keys.includes(`w${KEY_WORDS}`));
  const clusterer = new StoryClusterer(empty, { threshold: 0.12 });
  const story = clusterer.assign(
    "A",
    v([
      ["@river", 1],
      ["sluices", 1],
      ["rice", 0.8],
    ]),
  );
  // No entity in common, but the heaviest word leads to the story.
  const feature = v([
    ["@farmer", 0.5],
    ["rice", 1],
    ["harvest", 0.6],
  ]);
  assert.equal(clusterer.assign("B", feature), story);
});
