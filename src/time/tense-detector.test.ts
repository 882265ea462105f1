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

test("a cue inside another timex speaks only for that timex", () => {
  const text = "On Feb. 28, the bank released a note on sales over the next decade.";
  const date = { start: text.indexOf("Feb. 28"), end: text.indexOf("Feb. 28") + 7 };
  const decade = { start: text.indexOf("the next decade"), end: text.indexOf("the next decade") + 15 };
  const sentence = { start: 0, end: text.length };
  assert.equal(directionAt(text, sentence, date), "future");
  assert.equal(directionAt(text, sentence, date, [decade]), "past");
});

test("postponements and infinitives reaching to an end date point forward", () => {
  assert.equal(
    direction("The qualifier has been postponed until 15:00 GMT Saturday.", "15:00 GMT Saturday"),
    "future",
  );
  assert.equal(
    direction("The firm said it chose three startups for the program to run through June.", "June"),
    "future",
  );
});
