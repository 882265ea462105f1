/** @module Tests for shingle-score.ts. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { aggregate, pageCounts, pagePrecision, pageRecall, shingles, tokenize } from "./shingle-score.ts";

test("tokens are Unicode word runs: letters, digits and underscore in any script; punctuation splits", () => {
  assert.deepEqual(tokenize("Hello, wörld! Привет мир_2 — 東京 l'eau"), [
    "Hello",
    "wörld",
    "Привет",
    "мир_2",
    "東京",
    "l",
    "eau",
  ]);
  assert.deepEqual(tokenize("  ...  "), []);
});

test("shingles: 4-word windows as a multiset; short texts give one short shingle; empty gives none", () => {
  assert.equal(shingles("a b c d e").size, 2);
  assert.deepEqual([...shingles("a b c d a b c d").values()], [2, 1, 1, 1]);
  assert.equal(shingles("two words").size, 1);
  assert.equal(shingles("").size, 0);
});

test("page counts: matches, extras and misses counted with multiplicity", () => {
  const truth = "the cat sat on the mat today";
  assert.deepEqual(pageCounts(truth, truth), { tp: 4, fp: 0, fn: 0 });
  // The prediction adds a boilerplate line: 3 extra shingles bridge into and through it.
  const withJunk = pageCounts(truth, `${truth}\n\nshare this story`);
  assert.deepEqual(withJunk, { tp: 4, fp: 3, fn: 0 });
  assert.equal(pagePrecision(withJunk), 4 / 7);
  assert.equal(pageRecall(withJunk), 1);
  // Repeating the body does not earn more matches.
  assert.deepEqual(pageCounts(truth, `${truth} ${truth}`), { tp: 4, fp: 7, fn: 0 });
});

test("empty cases: empty/empty is 1 and 1; an empty prediction has recall 0 and no precision", () => {
  const empty = pageCounts("", "");
  assert.equal(pagePrecision(empty), 1);
  assert.equal(pageRecall(empty), 1);
  const missed = pageCounts("some words of an article", "");
  assert.equal(pagePrecision(missed), null);
  assert.equal(pageRecall(missed), 0);
});

test("aggregate: P and R averaged over pages, F1 from the averages, exact-match share", () => {
  const pages = [
    pageCounts("one two three four five", "one two three four five"),
    pageCounts("one two three four five", "one two three four"),
    pageCounts("alpha beta gamma delta", ""),
  ];
  const s = aggregate(pages);
  // Precision: pages 1 and 2 (page 3 has none) = (1 + 1) / 2. Recall: (1 + 0.5 + 0) / 3.
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 0.5);
  assert.equal(s.f1, (2 * 1 * 0.5) / 1.5);
  assert.equal(s.exactMatch, 1 / 3);
  assert.equal(s.pages, 3);
});
