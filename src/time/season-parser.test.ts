import assert from "node:assert/strict";
import { test } from "node:test";
import { SeasonParser } from "./season-parser.ts";
import { found } from "./timex-test-helpers.ts";

const parser = new SeasonParser();

test("in March, last summer is the previous year's and next spring the first not yet begun", () => {
  assert.deepEqual(found(parser, "He vanished last summer and returns next spring.", "2013-03-22"), [
    ["last summer", "DATE", "2012-SU"],
    ["next spring", "DATE", "2014-SP"],
  ]);
});

test("last summer in October is this year's; this winter in January began in December", () => {
  assert.deepEqual(found(parser, "Prices rose last summer.", "2025-10-02"), [
    ["last summer", "DATE", "2025-SU"],
  ]);
  assert.deepEqual(found(parser, "Snow fell this winter.", "2025-01-15"), [
    ["this winter", "DATE", "2024-WI"],
  ]);
});

test("a bare season word is left alone", () => {
  assert.deepEqual(found(parser, "Leaves fall in the summer.", "2025-09-05"), []);
});
