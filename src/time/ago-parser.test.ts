import assert from "node:assert/strict";
import { test } from "node:test";
import { AgoParser } from "./ago-parser.ts";
import { found } from "./timex-test-helpers.ts";

const parser = new AgoParser();
const REF = "2025-08-10";

test("the value keeps the unit's precision", () => {
  assert.deepEqual(
    found(parser, "Three months ago, and 10 days ago, and two weeks ago, and a year ago.", REF),
    [
      ["Three months ago", "DATE", "2025-05"],
      ["10 days ago", "DATE", "2025-07-31"],
      ["two weeks ago", "DATE", "2025-W30"],
      ["a year ago", "DATE", "2024"],
    ],
  );
});

test("vague counts and missing publication dates give null", () => {
  assert.deepEqual(found(parser, "It started several years ago.", REF), [
    ["several years ago", "DATE", null],
  ]);
  assert.deepEqual(found(parser, "It started three months ago.", null), [["three months ago", "DATE", null]]);
});
