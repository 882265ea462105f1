import assert from "node:assert/strict";
import { test } from "node:test";
import { courseStance, tenseStance } from "./topic-carry.ts";

test("the tense of words that name no event: will → planned, came home / have signed → happened, first wins", () => {
  assert.equal(tenseStance("Our nine men will be home within a month"), "planned");
  assert.equal(tenseStance("From midnight not a single shot on the river"), "planned");
  assert.equal(tenseStance("Nine came home, five went home"), "happened");
  assert.equal(tenseStance("We have signed, and the trains will run tomorrow"), "happened");
  assert.equal(tenseStance("We will not sign anything"), null);
  assert.equal(tenseStance("The water question is open"), null);
  // a generic perfect is no event's outcome
  assert.equal(tenseStance("They had challenged fifty names on the list"), null);
});

test("how a named event went or will go: its own clause", () => {
  const lasted = "The meeting with the president lasted three hours, and he listened";
  assert.equal(courseStance(lasted, 4), "happened");
  const signatures = 'the protocol "will carry two signatures by the evening of the 26th"';
  assert.equal(courseStance(signatures, 4), "planned");
  assert.equal(courseStance("the talks, he said, were a waste of time", 4), null);
  assert.equal(courseStance("the protocol will never be signed", 4), null);
});

test("an event that was something took place, unless it was planned, called off or hoped for", () => {
  assert.equal(courseStance('the visit had been "the most useful day so far"', 4), "happened");
  assert.equal(courseStance("the visit was postponed until May", 4), null);
  assert.equal(courseStance("the visit was expected to take place in May", 4), null);
});
