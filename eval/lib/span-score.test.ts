import assert from "node:assert/strict";
import { test } from "node:test";
import { alignSpans, normalise, scoreRole, trimExtent } from "./span-score.ts";

const TEXT = 'The mayor said, "The bridge will reopen." Critics doubted it; the council agreed.';
const at = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });

test("trimming takes quotation marks, white space and ,.;: off both ends", () => {
  const t = trimExtent(TEXT, at(' "The bridge will reopen." '));
  assert.equal(TEXT.slice(t?.start, t?.end), "The bridge will reopen");
  assert.equal(trimExtent(TEXT, at(", ")), null);
});

test("normalise removes duplicates that only differ in trimmed characters", () => {
  assert.equal(normalise(TEXT, [at('"The bridge will reopen."'), at("The bridge will reopen")]).length, 1);
});

test("exact after trimming; lenient on overlap; one prediction matches one gold span", () => {
  const gold = [at('"The bridge will reopen."'), at("Critics"), at("the council")];
  const predicted = [at("The bridge will reopen"), at("Critics doubted it; the council")];
  const { score, mismatches } = scoreRole([{ id: "d", text: TEXT, gold, predicted }]);
  assert.equal(score.exactHits, 1);
  assert.equal(score.lenientHits, 2);
  assert.equal(score.exact.precision, 0.5);
  assert.ok(Math.abs(score.lenient.recall - 2 / 3) < 1e-9);
  assert.equal(mismatches.filter((m) => m.kind === "missed").length, 2);
  assert.equal(mismatches.filter((m) => m.kind === "spurious").length, 1);
});

test("alignment prefers the exact pair over a larger overlap", () => {
  const gold = [at("The mayor said")];
  const predicted = [at('The mayor said, "The bridge'), at("The mayor said")];
  assert.deepEqual(alignSpans(gold, predicted), [[0, 1]]);
});

test("nothing predicted gives zero precision, not a division by zero", () => {
  const { score } = scoreRole([{ id: "d", text: TEXT, gold: [at("Critics")], predicted: [] }]);
  assert.deepEqual(score.exact, { precision: 0, recall: 0, f1: 0 });
});
