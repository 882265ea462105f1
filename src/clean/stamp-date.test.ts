import assert from "node:assert/strict";
import { test } from "node:test";
import { isDateOnly, parseStampDate } from "./stamp-date.ts";

test("parseStampDate reads the common printed formats", () => {
  assert.equal(parseStampDate("Sept 05, 2025 03:23 pm IST"), "2025-09-05");
  assert.equal(parseStampDate("Fri, Mar 7, 2025"), "2025-03-07");
  assert.equal(parseStampDate("7th of March 2025, 10:00 GMT"), "2025-03-07");
  assert.equal(parseStampDate("2025-03-07T10:00:00Z"), "2025-03-07");
  assert.equal(parseStampDate("March 2025"), "2025-03");
});

test("parseStampDate prefers null to a guess", () => {
  assert.equal(parseStampDate("05/09/2025"), null, "day/month order is ambiguous");
  assert.equal(parseStampDate("February 30, 2025"), null);
  assert.equal(parseStampDate("2 hours ago"), null);
  assert.equal(parseStampDate("Smarch 3, 2025"), null);
});

test("parseStampDate knows leap years", () => {
  assert.equal(parseStampDate("Feb 29, 2024"), "2024-02-29");
  assert.equal(parseStampDate("Feb 29, 2100"), null);
});

test("isDateOnly accepts stamps and rejects prose", () => {
  assert.ok(isDateOnly("Fri, Sept 05, 2025"));
  assert.ok(isDateOnly("Sept 05, 2025 03:23 pm IST"));
  assert.ok(isDateOnly("2 hours ago"));
  assert.ok(isDateOnly("Mar 8, 2025 – 09:15 CET"));
  assert.equal(isDateOnly("March 5, 2025 was a quiet day in Port Alden"), false);
  assert.equal(isDateOnly("Monday"), false, "a stamp needs a number");
});
