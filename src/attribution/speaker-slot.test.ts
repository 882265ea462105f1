import assert from "node:assert/strict";
import { test } from "node:test";
import { statementsOf } from "./test-helpers.ts";

const speakerOf = (text: string) => statementsOf(text).map((s) => [s.speaker?.mention ?? null, s.cue.text]);

test("a courtesy title belongs to the speaker as written, before or after the cue", () => {
  const text = "The ferry ran late. “Fees will rise,” Mr. Ostrand said. “Crews are tired,” said Ms. Pell.";
  assert.deepEqual(speakerOf(text), [
    ["Mr. Ostrand", "said"],
    ["Ms. Pell", "said"],
  ]);
});

test("a capitalised name the entity stage missed still speaks; the opener is not part of it", () => {
  const [s] = statementsOf("The pier opened. But Varga said the pier would close in May.");
  assert.equal(s?.speaker?.mention, "Varga");
  assert.equal(s?.speaker?.entityId, null);
  assert.equal(s?.content.text, "the pier would close in May");
});

test("a generic noun phrase speaks in its own words, with no entity", () => {
  const [s] = statementsOf("Several dock workers said the cranes were unsafe.");
  assert.equal(s?.speaker?.name, "Several dock workers");
  assert.equal(s?.speaker?.entityId, null);
  assert.equal(s?.cue.text, "said");
  assert.equal(s?.content.text, "the cranes were unsafe");
});
