import assert from "node:assert/strict";
import { test } from "node:test";
import { OverlapRefiner } from "./overlap-refiner.ts";
import { type Candidate, resolved } from "./timex-candidate.ts";
import { contextOf } from "./timex-test-helpers.ts";

const ctx = contextOf("It happened three months ago, in Kyiv.", "2025-09-05");

test("the longer of two overlapping candidates wins", () => {
  const short = resolved("duration", { start: 12, end: 24 }, "DURATION", "P3M");
  const long = resolved("ago", { start: 12, end: 28 }, "DATE", "2025-06");
  const kept = new OverlapRefiner(["ago", "duration"]).refine(ctx, [short, long]);
  assert.deepEqual(kept, [long]);
});

test("on equal length the earlier parser wins, and disjoint candidates both stay in order", () => {
  const a = resolved("duration", { start: 12, end: 24 }, "DURATION", "P3M");
  const b = resolved("ago", { start: 12, end: 24 }, "DATE", "2025-06");
  const c: Candidate = resolved("year", { start: 0, end: 2 }, "DATE", "2020");
  assert.deepEqual(new OverlapRefiner(["ago", "duration"]).refine(ctx, [a, b, c]), [c, b]);
});
