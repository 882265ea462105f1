import assert from "node:assert/strict";
import { test } from "node:test";
import { formatDate, type Ymd } from "./calendar.ts";
import { resolveMonth, resolveMonthDay, resolveWeekday } from "./year-inference.ts";

const FRIDAY: Ymd = { year: 2025, month: 9, day: 5 };
const THURSDAY = 4;
const FRIDAY_WD = 5;
const MONDAY = 1;

test("a bare weekday in the past is the latest one on or before publication", () => {
  assert.equal(formatDate(resolveWeekday(FRIDAY, THURSDAY, null, "past")), "2025-09-04");
  assert.equal(formatDate(resolveWeekday(FRIDAY, FRIDAY_WD, null, "past")), "2025-09-05");
  assert.equal(formatDate(resolveWeekday(FRIDAY, MONDAY, null, "past")), "2025-09-01");
});

test("a weekday in a forward clause is the next one", () => {
  assert.equal(formatDate(resolveWeekday(FRIDAY, MONDAY, null, "future")), "2025-09-08");
});

test("last / next / this weekday modifiers", () => {
  assert.equal(formatDate(resolveWeekday(FRIDAY, FRIDAY_WD, "last", "past")), "2025-08-29");
  assert.equal(formatDate(resolveWeekday(FRIDAY, MONDAY, "next", "past")), "2025-09-08");
  assert.equal(formatDate(resolveWeekday(FRIDAY, 0, "this", "past")), "2025-09-07");
});

test("month and day without a year take the nearest past occurrence", () => {
  assert.equal(formatDate(resolveMonthDay(FRIDAY, 6, 2, null, "past") ?? FRIDAY), "2025-06-02");
  assert.equal(formatDate(resolveMonthDay(FRIDAY, 12, 20, null, "past") ?? FRIDAY), "2024-12-20");
});

test("month and day in a forward clause take the next occurrence", () => {
  assert.equal(formatDate(resolveMonthDay(FRIDAY, 6, 2, null, "future") ?? FRIDAY), "2026-06-02");
  assert.equal(formatDate(resolveMonthDay(FRIDAY, 9, 5, null, "future") ?? FRIDAY), "2025-09-05");
});

test("a day just ahead is not pushed back almost a year", () => {
  const ref: Ymd = { year: 2025, month: 8, day: 29 };
  assert.equal(formatDate(resolveMonthDay(ref, 8, 31, null, "past") ?? ref), "2025-08-31");
});

test("February 29 in a year without it is null", () => {
  assert.equal(resolveMonthDay(FRIDAY, 2, 29, null, "past"), null);
});

test("a bare month resolves to the last one on or before publication", () => {
  assert.deepEqual(resolveMonth(FRIDAY, 5, null, "past"), { year: 2025, month: 5 });
  assert.deepEqual(resolveMonth(FRIDAY, 9, null, "past"), { year: 2025, month: 9 });
  assert.deepEqual(resolveMonth(FRIDAY, 12, null, "past"), { year: 2024, month: 12 });
  assert.deepEqual(resolveMonth(FRIDAY, 10, null, "past"), { year: 2025, month: 10 });
  assert.deepEqual(resolveMonth(FRIDAY, 5, null, "future"), { year: 2026, month: 5 });
  assert.deepEqual(resolveMonth(FRIDAY, 5, "next", "past"), { year: 2026, month: 5 });
  assert.deepEqual(resolveMonth(FRIDAY, 9, "last", "past"), { year: 2024, month: 9 });
});
