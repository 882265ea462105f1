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
