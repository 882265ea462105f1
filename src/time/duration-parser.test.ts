import assert from "node:assert/strict";
import { test } from "node:test";
import { DurationParser } from "./duration-parser.ts";
import { found } from "./timex-test-helpers.ts";

const parser = new DurationParser();
const REF = "2025-09-05";

test("counted durations in digits and words", () => {
  assert.deepEqual(found(parser, "The truce held for 30 days and then three years passed.", REF), [
    ["30 days", "DURATION", "P30D"],
    ["three years", "DURATION", "P3Y"],
  ]);
});

test("hyphenated durations used as adjectives", () => {
  assert.deepEqual(found(parser, "They set a 50-day deadline after a two-hour call.", REF), [
    ["50-day", "DURATION", "P50D"],
    ["two-hour", "DURATION", "PT2H"],
  ]);
});

test("clock units are written after T", () => {
  assert.deepEqual(found(parser, "The meeting lasted 30 minutes.", REF), [
    ["30 minutes", "DURATION", "PT30M"],
  ]);
});

test("quantities without a time unit are not durations", () => {
  assert.deepEqual(found(parser, "They freed 1,000 prisoners and pledged $10 billion.", REF), []);
});

test("an ordinal 'second' is not a unit", () => {
  assert.deepEqual(found(parser, "A second round of talks began.", REF), []);
});

test("vague counts keep an X", () => {
  assert.deepEqual(found(parser, "Talks dragged on for several weeks, then for years.", REF), [
    ["several weeks", "DURATION", "PXW"],
    ["years", "DURATION", "PXY"],
  ]);
});
