import assert from "node:assert/strict";
import { test } from "node:test";
import { align, type ScoredSpan, scoreTimexes } from "./timex-score.ts";

const span = (start: number, end: number, type: string, value: string | null): ScoredSpan => ({
  start,
  end,
  text: "",
  type,
  value,
});

test("exact, overlapping, missed and spurious timexes", () => {
  const gold = [
    span(0, 8, "DATE", "2021-06-03"),
    span(20, 31, "DURATION", "PT3H"),
    span(40, 44, "DATE", "2020"),
  ];
  const predicted = [
    span(0, 8, "DATE", "2021-06-03"),
    span(16, 31, "DURATION", "P3H"),
    span(50, 55, "SET", "P1D"),
  ];
  const s = scoreTimexes([{ id: "d", gold, predicted }]);
  assert.equal(s.strict.precision, 1 / 3);
  assert.equal(s.relaxed.recall, 2 / 3);
  assert.equal(s.relaxed.f1, 2 / 3);
  assert.equal(s.value.precision, 1 / 3);
  assert.equal(s.value.recall, 1 / 3);
  assert.equal(s.typeAccuracy, 1);
  assert.deepEqual(
    s.mismatches.map((m) => m.kind),
    ["value", "missed", "spurious"],
  );
});

test("one long prediction matches one gold timex only: '2009-2010' against two gold years", () => {
  const gold = [span(0, 4, "DATE", "2009"), span(5, 9, "DATE", "2010")];
  const predicted = [span(0, 9, "DATE", "2009")];
  assert.deepEqual(align(gold, predicted), [[0, 0]]);
  const s = scoreTimexes([{ id: "d", gold, predicted }]);
  assert.equal(s.relaxed.recall, 0.5);
  assert.equal(s.value.precision, 1);
});

test("an exact extent wins over a larger overlap", () => {
  const gold = [span(0, 10, "DATE", "A"), span(10, 14, "DATE", "B")];
  const predicted = [span(8, 14, "DATE", "B"), span(0, 10, "DATE", "A")];
  assert.deepEqual(align(gold, predicted), [
    [0, 1],
    [1, 0],
  ]);
});

test("a null value never matches and empty inputs give zeros", () => {
  const s = scoreTimexes([
    { id: "d", gold: [span(0, 3, "DATE", "X")], predicted: [span(0, 3, "DATE", null)] },
  ]);
  assert.equal(s.value.f1, 0);
  assert.equal(s.strict.f1, 1);
  assert.equal(scoreTimexes([]).value.f1, 0);
});
