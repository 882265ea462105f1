import assert from "node:assert/strict";
import { test } from "node:test";
import { RelativePeriodParser } from "./relative-period-parser.ts";
import { found } from "./timex-test-helpers.ts";

const parser = new RelativePeriodParser();
const REF = "2025-05-21";

test("weeks become ISO week values", () => {
  assert.deepEqual(found(parser, "Last week was calm; this week and next week are busy.", REF), [
    ["Last week", "DATE", "2025-W20"],
    ["this week", "DATE", "2025-W21"],
    ["next week", "DATE", "2025-W22"],
  ]);
});

test("months and years keep their own precision", () => {
  assert.deepEqual(
    found(parser, "Prices rose last month, fell last year and were flat earlier this year.", REF),
    [
      ["last month", "DATE", "2025-04"],
      ["last year", "DATE", "2024"],
      ["earlier this year", "DATE", "2025"],
    ],
  );
});

test("'the past week' is a stretch of time", () => {
  assert.deepEqual(found(parser, "Over the past week, shelling went on.", REF), [
    ["the past week", "DURATION", "P1W"],
  ]);
});

test("a year-only publication date still resolves 'last year' but not 'last month'", () => {
  assert.deepEqual(found(parser, "Last year and last month.", "2025"), [
    ["Last year", "DATE", "2024"],
    ["last month", "DATE", null],
  ]);
});

test("weekends get a -WE suffix", () => {
  assert.deepEqual(found(parser, "Protests went on last weekend.", REF), [
    ["last weekend", "DATE", "2025-W20-WE"],
  ]);
});

test("decades: a stretch after 'the', a calendar decade without it", () => {
  assert.deepEqual(
    found(parser, "Coal use will surge over the next decade, as it did last decade.", "2013-03-21"),
    [
      ["the next decade", "DURATION", "P10Y"],
      ["last decade", "DATE", "200"],
    ],
  );
  assert.deepEqual(found(parser, "Over the following decade BP got $19bn.", "2013-03-22"), [
    ["the following decade", "DURATION", "P10Y"],
  ]);
});

test("'early this year' and 'this fiscal year' keep the year's value", () => {
  assert.deepEqual(
    found(parser, "He quit early this year; the budget this fiscal year shrank.", "2013-03-21"),
    [
      ["early this year", "DATE", "2013"],
      ["this fiscal year", "DATE", "2013"],
    ],
  );
});
