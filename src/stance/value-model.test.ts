import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse } from "../../test/analyse.ts";
import { eventSentence, readValue, type ValueModel, valueFeatures } from "./value-model.ts";

test("features: lower-cased words, digits as 0, no quotation marks, unigrams and bigrams", () => {
  assert.deepEqual(valueFeatures('Talks "resume" on 12 May'), [
    "bias",
    "u:talks",
    "b:talks resume",
    "u:resume",
    "b:resume on",
    "u:on",
    "b:on 0",
    "u:0",
    "b:0 may",
    "u:may",
  ]);
});

test("the best label wins, and its lead over the runner-up is the margin", () => {
  const model: ValueModel = {
    labels: ["planned", "unlikely"],
    minMargin: 1,
    weights: new Map([
      ["u:will", [2, 0]],
      ["u:not", [-1, 2.5]],
    ]),
  };
  assert.deepEqual(readValue(model, valueFeatures("we will meet")), { stance: "planned", margin: 2 });
  assert.deepEqual(readValue(model, valueFeatures("we will not meet")), { stance: "unlikely", margin: 1.5 });
});

test("the event's own sentence is read, and a bare name is not", () => {
  const words = "We spoke for an hour. An early election is the only honest way out. Nothing else works.";
  assert.equal(
    eventSentence(words, words.indexOf("election")),
    "An early election is the only honest way out.",
  );
  assert.equal(eventSentence("the signature", 4), null);
});

test("words naming an event without a known cue get the learned reading, for a person only", () => {
  const holders = (text: string) => analyse(text).stances.map((s) => `${s.holder}: ${s.stance}`);
  assert.deepEqual(holders("Foreign Minister Anna Kovac said she will fly to Belmora on Monday."), [
    "Anna Kovac: planned",
  ]);
  assert.deepEqual(
    holders(
      'Party leader Tomas Erdel said: "An early election is now the only honest way out of this mess."',
    ),
    ["Tomas Erdel: possible"],
  );
  assert.deepEqual(holders("The Belmoran foreign ministry said it will fly to Belmora on Monday."), []);
  // marked as learned, unlike a reading from a cue
  const marks = (text: string) => analyse(text).stances.map((s) => s.learned === true);
  assert.deepEqual(marks("Foreign Minister Anna Kovac said she will fly to Belmora on Monday."), [true]);
  assert.deepEqual(marks("Foreign Minister Anna Kovac said she might fly to Belmora on Monday."), [false]);
  // a reading from a cue later in the words replaces the learned one, and is not marked
  assert.deepEqual(
    marks(
      "Foreign Minister Anna Kovac said: “I will fly to Belmora on Monday. The visit may yet be cut short.”",
    ),
    [false],
  );
  // a learned reading that the next words make conditional is still marked
  assert.deepEqual(
    marks(
      "Foreign Minister Anna Kovac said she will fly to Belmora on Monday. “If the talks go well, I will,” she added.",
    ),
    [true],
  );
});
