import assert from "node:assert/strict";
import { test } from "node:test";
import { comparisonKey, normaliseLine, wordCount } from "./text-normaliser.ts";

test("normaliseLine composes, collapses and trims", () => {
  assert.equal(normaliseLine("\tCafe\u0301  in\u00a0Alden  "), "Café in Alden");
});

test("comparisonKey ignores case, punctuation and spacing", () => {
  assert.equal(comparisonKey("Velin: ferry “back” on Monday!"), comparisonKey("velin ferry back on monday"));
  assert.notEqual(comparisonKey("ferry on Monday"), comparisonKey("ferry on Tuesday"));
});

test("wordCount counts whitespace-separated words", () => {
  assert.equal(wordCount("  "), 0);
  assert.equal(wordCount("one two  three"), 3);
});
