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

test("two stories of one run whose centroids have grown together merge into the older; distinct ones stay apart", () => {
  const clusterer = new StoryClusterer(empty, { threshold: 0.12 });
  // "@talks" arrives before the words the halves later share
  const first = clusterer.assign(
    "A",
    v([
      ["@ferry", 1],
      ["crew", 1],
    ]),
  );
  const second = clusterer.assign(
    "B",
    v([
      ["@talks", 1],
      ["venue", 1],
    ]),
  );
  const other = clusterer.assign(
    "C",
    v([
      ["@budget", 1],
      ["vote", 1],
    ]),
  );
  assert.equal(new Set([first, second, other]).size, 3);
  assert.deepEqual(clusterer.mergePairs([first, second, other]), []);
  clusterer.join(
    first,
    v([
      ["@ferry", 1],
      ["crew", 1],
      ["@talks", 1],
      ["swap", 1],
    ]),
  );
  clusterer.join(
    second,
    v([
      ["@talks", 1],
      ["@ferry", 1],
      ["swap", 1],
    ]),
  );
  assert.deepEqual(clusterer.mergePairs([first, second, other]), [{ from: second, into: first }]);
  clusterer.merge(second, first);
  const profiles = new Map(clusterer.changedProfiles().map((p) => [p.profile.id, p.profile.sum]));
  assert.equal(profiles.has(second), false, "the emptied story is not stored");
  assert.ok((profiles.get(first)?.get("venue") ?? 0) > 0);
  assert.deepEqual(clusterer.mergePairs([first, other]), []);
});
