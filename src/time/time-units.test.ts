import assert from "node:assert/strict";
import { test } from "node:test";
import { parseNumber } from "./number-words.ts";
import { durationValue, unitOf } from "./time-units.ts";

test("parseNumber reads digits and spelled-out numbers", () => {
  assert.equal(parseNumber("30"), 30);
  assert.equal(parseNumber("thirty"), 30);
  assert.equal(parseNumber("twenty-five"), 25);
  assert.equal(parseNumber("a"), 1);
  assert.equal(parseNumber("several"), null);
});

test("durationValue writes TimeML durations", () => {
  const day = unitOf("days");
  const hour = unitOf("hour");
  const decade = unitOf("decades");
  const century = unitOf("centuries");
  assert.ok(day && hour && decade && century);
  assert.equal(durationValue(30, day), "P30D");
  assert.equal(durationValue(2, hour), "PT2H");
  assert.equal(durationValue(0.5, hour), "PT30M");
  assert.equal(durationValue(2, decade), "P20Y");
  assert.equal(durationValue(1, century), "P100Y");
});

test("unitOf rejects words that are not units", () => {
  assert.equal(unitOf("prisoners"), null);
});
