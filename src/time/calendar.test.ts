import assert from "node:assert/strict";
import { test } from "node:test";
import {
  addDays,
  addMonths,
  formatDate,
  formatWeek,
  isoWeek,
  isValidDate,
  parseRefDate,
  weekdayOf,
} from "./calendar.ts";

test("parseRefDate keeps partial dates partial", () => {
  assert.deepEqual(parseRefDate("2025-09-05"), { year: 2025, month: 9, day: 5 });
  assert.deepEqual(parseRefDate("2025-09"), { year: 2025, month: 9, day: null });
  assert.deepEqual(parseRefDate("2025"), { year: 2025, month: null, day: null });
  assert.equal(parseRefDate(null), null);
  assert.equal(parseRefDate("yesterday"), null);
});

test("weekdayOf numbers Sunday as 0", () => {
  assert.equal(weekdayOf({ year: 2025, month: 9, day: 5 }), 5);
  assert.equal(weekdayOf({ year: 2025, month: 9, day: 7 }), 0);
});

test("addDays and addMonths cross year boundaries", () => {
  assert.equal(formatDate(addDays({ year: 2025, month: 1, day: 2 }, -3)), "2024-12-30");
  assert.deepEqual(addMonths(2025, 1, -1), { year: 2024, month: 12 });
  assert.deepEqual(addMonths(2025, 11, 3), { year: 2026, month: 2 });
});

test("isoWeek follows ISO 8601 at year edges", () => {
  assert.deepEqual(isoWeek({ year: 2024, month: 12, day: 30 }), { year: 2025, week: 1 });
  assert.deepEqual(isoWeek({ year: 2021, month: 1, day: 3 }), { year: 2020, week: 53 });
  assert.equal(formatWeek({ year: 2025, month: 5, day: 21 }), "2025-W21");
});

test("isValidDate rejects impossible days", () => {
  assert.equal(isValidDate(2025, 2, 29), false);
  assert.equal(isValidDate(2024, 2, 29), true);
  assert.equal(isValidDate(2025, 4, 31), false);
});
