import assert from "node:assert/strict";
import { test } from "node:test";
import { findCues } from "./cue-finder.ts";

function cues(text: string): string[] {
  return findCues(text, 0, text.length).map((c) => `${c.kind}:${c.text}`);
}

test("finite reporting verbs in any tense are cues", () => {
  assert.deepEqual(
    cues("Venn said the dam holds. Marsh says it leaks. Orla told reporters, and Ivo noted it."),
    ["verb:said", "verb:says", "verb:told", "verb:noted"],
  );
});

test("multi-word cues: ruled out, declined to comment, was quoted as saying, according to", () => {
  assert.deepEqual(
    cues(
      "The council has ruled out a vote. Venn declined to comment. Marsh was quoted as saying no. According to Ivo, it rained.",
    ),
    ["verb:ruled out", "verb:declined to comment", "verb:was quoted as saying", "according:According to"],
  );
});

test("a bare verb form is a cue only after an auxiliary", () => {
  assert.deepEqual(cues("Venn does not rule out a deal. The state news agency spoke."), ["verb:rule out"]);
});

test("an -ing form is a cue only as an adjunct after a comma or 'while'", () => {
  assert.deepEqual(
    cues("Venn spoke, adding that it rained, while confirming that it stopped. A warning came."),
    ["participle:adding", "participle:confirming"],
  );
});

test("passive 'was reported by' is not a speech cue; 'reported' alone is", () => {
  assert.deepEqual(cues("This was reported by a local paper. The Daily Brindle reported a flood."), [
    "verb:reported",
  ]);
});
