import assert from "node:assert/strict";
import { test } from "node:test";
import { dateForSpan } from "./span-dater.ts";
import { extractTimexes } from "./timex-extractor.ts";

const REF = "2025-09-05";

function dateOfWord(text: string, word: string): string | null {
  const start = text.indexOf(word);
  return dateForSpan({ start, end: start + word.length }, text, extractTimexes(text, { published: REF }));
}

test("the nearest dated timex in the sentence dates the event", () => {
  assert.equal(dateOfWord("The two sides held talks in Oslo on May 16.", "talks"), "2025-05-16");
});

test("a clock time gives its day", () => {
  assert.equal(dateOfWord("The vote ended at 8 p.m. on Sunday.", "vote"), "2025-08-31");
});

test("no date in the sentence, or only durations and present references, gives null", () => {
  assert.equal(dateOfWord("The talks lasted 40 minutes. They met on May 16.", "talks"), null);
  assert.equal(dateOfWord("The talks are now stalled.", "talks"), null);
});

test("a date far away in a long sentence is not taken", () => {
  const text =
    "The talks, which several negotiators from both delegations described at length as difficult and slow, " +
    "ended without agreement while markets had closed on Friday.";
  assert.equal(dateOfWord(text, "talks"), null);
});
