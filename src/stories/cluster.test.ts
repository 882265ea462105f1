import assert from "node:assert/strict";
import { test } from "node:test";
import { type ProfileIndex, StoryClusterer } from "./cluster.ts";
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
