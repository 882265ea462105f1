import assert from "node:assert/strict";
import { test } from "node:test";
import { type Direction, directionAt } from "./tense-detector.ts";

function direction(sentence: string, date: string): Direction {
  const start = sentence.indexOf(date);
  return directionAt(sentence, { start: 0, end: sentence.length }, { start, end: start + date.length });
}

test("a sentence without cues points back", () => {
  assert.equal(direction("The summit in Oslo on June 2 drew crowds.", "June 2"), "past");
});

test("a future cue near the date points forward", () => {
  assert.equal(direction("The mayor said the bridge will reopen on June 2.", "June 2"), "future");
  assert.equal(direction("The vote is scheduled to take place on Sunday.", "Sunday"), "future");
});

test("the nearest cue wins", () => {
  assert.equal(direction("The mayor said on Monday that the bridge will reopen.", "Monday"), "past");
});

test("a cue word inside the date itself does not count", () => {
  assert.equal(direction("Next Tuesday.", "Next Tuesday"), "past");
});

test("'next to' is a place, not a future", () => {
  assert.equal(direction("Officials met next to the river on Tuesday.", "Tuesday"), "past");
});

test("a participle after 'will be' is not a past cue", () => {
  assert.equal(direction("He said the vote will be held on June 2.", "June 2"), "future");
});
