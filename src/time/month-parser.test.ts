import assert from "node:assert/strict";
import { test } from "node:test";
import { MonthParser } from "./month-parser.ts";
import { contextOf } from "./timex-test-helpers.ts";

const parser = new MonthParser();

function parts(text: string): [string, unknown, string | null][] {
  return parser
    .parse(contextOf(text, "2025-09-05"))
    .map((c) => [text.slice(c.start, c.end), c.parts, c.modifier]);
}

test("a month after a time preposition, and a month with a year", () => {
  assert.deepEqual(parts("In May the envoy left; the deal dates from May 2024."), [
    ["May", { month: 5 }, null],
    ["May 2024", { year: 2024, month: 5 }, null],
  ]);
});

test("the modal 'may' and a bare capitalised month are left alone", () => {
  assert.deepEqual(parts("Talks may resume. March on, the crowd shouted."), []);
});

test("a month followed by a day is left to chrono", () => {
  assert.deepEqual(parts("They met on May 16 and 3 June."), []);
});

test("period modifiers and directions", () => {
  assert.deepEqual(parts("Fighting eased in mid-August after last March."), [
    ["mid-August", { month: 8 }, null],
    ["last March", { month: 3 }, "last"],
  ]);
});

test("a part word and a direction together: 'late last July'", () => {
  assert.deepEqual(parts("He went missing late last July."), [["late last July", { month: 7 }, "last"]]);
});
