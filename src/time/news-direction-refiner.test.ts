import assert from "node:assert/strict";
import { test } from "node:test";
import { NewsDirectionRefiner } from "./news-direction-refiner.ts";
import type { Candidate, DateParts } from "./timex-candidate.ts";
import { contextOf } from "./timex-test-helpers.ts";

function refine(text: string, word: string, parts: DateParts, published: string | null): string | null {
  const start = text.indexOf(word);
  const c: Candidate = {
    start,
    end: start + word.length,
    type: "DATE",
    value: null,
    parts,
    modifier: null,
    source: "test",
  };
  return new NewsDirectionRefiner().refine(contextOf(text, published), [c])[0]?.value ?? null;
}

test("a past-tense weekday goes back, a future one forward", () => {
  assert.equal(refine("The envoy arrived on Monday.", "Monday", { weekday: 1 }, "2025-09-05"), "2025-09-01");
  assert.equal(
    refine("The envoy will arrive on Monday.", "Monday", { weekday: 1 }, "2025-09-05"),
    "2025-09-08",
  );
});

test("a date with its year needs no publication date", () => {
  assert.equal(
    refine("Signed July 31, 2025.", "July 31, 2025", { year: 2025, month: 7, day: 31 }, null),
    "2025-07-31",
  );
});

test("a weekday with a month-only publication date stays null", () => {
  assert.equal(refine("The envoy arrived on Monday.", "Monday", { weekday: 1 }, "2025-09"), null);
});

test("a month without a year resolves when the publication month decides it", () => {
  assert.equal(refine("Talks began in May.", "May", { month: 5 }, "2025-09"), "2025-05");
});

test("a clock time alone has no value; with a day it gets one", () => {
  assert.equal(refine("Polls close at 8 p.m.", "8 p.m.", { hour: 20, minute: 0 }, "2025-09-05"), null);
  assert.equal(
    refine(
      "Polls closed at 8 p.m. on Sunday.",
      "8 p.m. on Sunday",
      { weekday: 0, hour: 20, minute: 0 },
      "2025-09-05",
    ),
    "2025-08-31T20:00",
  );
});
