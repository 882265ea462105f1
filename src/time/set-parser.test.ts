import assert from "node:assert/strict";
import { test } from "node:test";
import { SetParser } from "./set-parser.ts";
import { found } from "./timex-test-helpers.ts";

const parser = new SetParser();
const REF = "2025-09-05";

test("every + unit", () => {
  assert.deepEqual(found(parser, "The envoys meet every week and report every two months.", REF), [
    ["every week", "SET", "P1W"],
    ["every two months", "SET", "P2M"],
  ]);
});

test("lower-case frequency adverbs, but not names", () => {
  assert.deepEqual(found(parser, "The Daily Mail said the ministry holds weekly briefings.", REF), [
    ["weekly", "SET", "P1W"],
  ]);
});

test("rates after an amount or a count", () => {
  assert.deepEqual(found(parser, "Aid of $5 billion a year arrives twice a month.", REF), [
    ["a year", "SET", "P1Y"],
    ["a month", "SET", "P1M"],
  ]);
});

test("every morning is a part of any day", () => {
  assert.deepEqual(found(parser, "She checked for smog every morning.", REF), [
    ["every morning", "SET", "XXXX-XX-XXTMO"],
  ]);
});
