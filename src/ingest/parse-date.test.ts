/** @module Tests for parse-date.ts. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { findDate, parseAbsoluteDate, ymd } from "./parse-date.ts";

test("ISO dates and timestamps keep the date as written", () => {
  assert.equal(parseAbsoluteDate("2031-04-17"), "2031-04-17");
  assert.equal(parseAbsoluteDate("2031-07-08T18:45:00-04:00"), "2031-07-08");
  assert.equal(parseAbsoluteDate("2031/4/7"), "2031-04-07");
});

test("RFC 822 pubDate and month-name forms, abbreviations included", () => {
  assert.equal(parseAbsoluteDate("Sun, 01 Jun 2031 08:30:00 +0000"), "2031-06-01");
  assert.equal(parseAbsoluteDate("Fri, Sept 05, 2031"), "2031-09-05");
  assert.equal(parseAbsoluteDate("Updated on: Sept. 5th, 2031 03:23 pm IST"), "2031-09-05");
  assert.equal(parseAbsoluteDate("5 September 2031"), "2031-09-05");
  assert.equal(parseAbsoluteDate("5 de septiembre de 2031"), "2031-09-05");
  assert.equal(parseAbsoluteDate("29 августа 2031 г."), "2031-08-29");
});

test("numeric day/month dates only when unambiguous", () => {
  assert.equal(parseAbsoluteDate("25.07.2031"), "2031-07-25");
  assert.equal(parseAbsoluteDate("07/25/2031"), "2031-07-25");
  assert.equal(parseAbsoluteDate("05.09.2031"), null);
  assert.equal(parseAbsoluteDate("05.05.2031"), "2031-05-05");
});

test("impossible or partial dates are null", () => {
  assert.equal(parseAbsoluteDate("2031-02-29"), null);
  assert.equal(parseAbsoluteDate("2032-02-29"), "2032-02-29");
  assert.equal(parseAbsoluteDate("Smarch 3, 2031"), null);
  assert.equal(parseAbsoluteDate("September 2031"), null);
  assert.equal(parseAbsoluteDate("next Tuesday"), null);
  assert.equal(parseAbsoluteDate(null), null);
  assert.equal(ymd(2031, 13, 1), null);
});

test("findDate reports where the first date is", () => {
  const text = "Posted Jan 2, 2031 and edited 2031-01-05";
  assert.deepEqual(findDate(text), { value: "2031-01-02", start: 7, end: 18 });
});
