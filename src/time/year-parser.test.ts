import assert from "node:assert/strict";
import { test } from "node:test";
import { found } from "./timex-test-helpers.ts";
import { YearParser } from "./year-parser.ts";

const parser = new YearParser();
const REF = "2025-09-05";

test("years after a time preposition, without the preposition", () => {
  assert.deepEqual(found(parser, "No talks have been held since 2022, and none in 2023.", REF), [
    ["2022", "DATE", "2022"],
    ["2023", "DATE", "2023"],
  ]);
});

test("four-digit quantities are not years", () => {
  assert.deepEqual(found(parser, "About 2022 people attended and 1990 cars were sold.", REF), []);
});

test("ranges, decades and modified years", () => {
  assert.deepEqual(found(parser, "It ran 2014-2016, as in the 1990s, and again early 2024.", REF), [
    ["2014", "DATE", "2014"],
    ["2016", "DATE", "2016"],
    ["the 1990s", "DATE", "199"],
    ["early 2024", "DATE", "2024"],
  ]);
});

test("seasons take TimeML season codes", () => {
  assert.deepEqual(found(parser, "Work resumed in winter 2023.", REF), [["winter 2023", "DATE", "2023-WI"]]);
});

test("a year modifying a noun after a determiner or possessive", () => {
  assert.deepEqual(
    found(
      parser,
      "He apologised for a 2010 raid, his 2007 campaign and the 2008 crisis, not the 2000 troops.",
      REF,
    ),
    [
      ["2010", "DATE", "2010"],
      ["2007", "DATE", "2007"],
      ["2008", "DATE", "2008"],
    ],
  );
});

test("a short range end takes the century of its start: 1957-58", () => {
  assert.deepEqual(found(parser, "the 1957-58 expedition crossed the ice", REF), [
    ["1957", "DATE", "1957"],
    ["58", "DATE", "1958"],
  ]);
});

test("centuries take the first two digits of their years", () => {
  assert.deepEqual(
    found(parser, "one of the great feats of the 20th Century, or the twenty-first century", REF),
    [
      ["20th Century", "DATE", "19"],
      ["twenty-first century", "DATE", "20"],
    ],
  );
});
