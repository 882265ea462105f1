import assert from "node:assert/strict";
import { test } from "node:test";
import { ChronoParser } from "./chrono-parser.ts";
import { contextOf } from "./timex-test-helpers.ts";

const parser = new ChronoParser();

function parts(text: string): [string, unknown][] {
  return parser.parse(contextOf(text, "2025-09-05")).map((c) => [text.slice(c.start, c.end), c.parts]);
}

test("chrono keeps only the fields the text states, without prepositions", () => {
  assert.deepEqual(parts("They met on Thursday and signed on July 31, 2025."), [
    ["Thursday", { weekday: 4 }],
    ["July 31, 2025", { year: 2025, month: 7, day: 31 }],
  ]);
});

test("our chrono refiner keeps bare weekdays but drops weekday-like words and impossible days", () => {
  assert.deepEqual(parts("The delegates sat down on Sunday; no talks on February 30."), [
    ["Sunday", { weekday: 0 }],
  ]);
});

test("relative phrases and slash numbers are not chrono's job here", () => {
  assert.deepEqual(parts("It started 3 days ago, runs 24/7 and ends within 3 days."), []);
});

test("a time with a day becomes TIME", () => {
  const c = parser.parse(contextOf("Voting closed at 8 p.m. on Sunday.", "2025-09-05"));
  assert.equal(c.length, 1);
  assert.equal(c[0]?.type, "TIME");
  assert.deepEqual(c[0]?.parts, { weekday: 0, hour: 20, minute: 0 });
});
