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

test("extents take the determiner, placing words and hedges", () => {
  assert.deepEqual(
    found(
      parser,
      "Over the past two years, and for almost seven years before, a mere 24 hours mattered.",
      REF,
    ),
    [
      ["the past two years", "DURATION", "P2Y"],
      ["almost seven years", "DURATION", "P7Y"],
      ["a mere 24 hours", "DURATION", "PT24H"],
    ],
  );
  assert.deepEqual(found(parser, "Prices will rise over the next few months.", REF), [
    ["the next few months", "DURATION", "PXM"],
  ]);
});

test("a possessive duration keeps its apostrophe, a hyphenated one drops the determiner", () => {
  assert.deepEqual(found(parser, "He got five years' probation and the 50-day deadline.", REF), [
    ["five years'", "DURATION", "P5Y"],
    ["50-day", "DURATION", "P50D"],
  ]);
});

test("bare plurals where a duration is expected, and 'recent weeks'", () => {
  assert.deepEqual(found(parser, "It can take weeks; he ran days before surgery, in recent months.", REF), [
    ["weeks", "DURATION", "PXW"],
    ["days", "DURATION", "PXD"],
    ["recent months", "DURATION", "PXM"],
  ]);
});

test("the first number of a range takes the second's unit", () => {
  assert.deepEqual(found(parser, "The buyback could take between 12 and 18 months.", REF), [
    ["12", "DURATION", "P12M"],
    ["18 months", "DURATION", "P18M"],
  ]);
});
