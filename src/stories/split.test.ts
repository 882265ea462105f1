import assert from "node:assert/strict";
import { test } from "node:test";
import type { TermVector } from "./features.ts";
import { bisect, SPLIT_MARGIN } from "./split.ts";

const vector = (terms: Record<string, number>): TermVector => {
  const norm = Math.sqrt(Object.values(terms).reduce((s, w) => s + w * w, 0));
  return new Map(Object.entries(terms).map(([t, w]) => [t, w / norm]));
};

test("two stories sharing a famous name split apart; one story's phases do not", () => {
  const sea = (x: string) => vector({ "@lund": 1, strait: 2, crews: 1.5, talks: 1, [x]: 1 });
  const vote = (x: string) => vector({ "@lund": 1, election: 2, parliament: 1.5, coalition: 1, [x]: 1 });
  const two = bisect([sea("a"), sea("b"), vote("c"), sea("d"), vote("e"), vote("f")]);
  assert.ok(two && two.margin >= SPLIT_MARGIN, `margin ${two?.margin}`);
  assert.deepEqual([...(two?.a ?? [])].sort(), [0, 1, 3]);
  const phase = (x: string, y: string) =>
    vector({ "@lund": 1, strait: 2, crews: 1, talks: 1, [x]: 1, [y]: 0.5 });
  const one = bisect([phase("a", "b"), phase("b", "c"), phase("c", "d"), phase("d", "e"), phase("e", "f")]);
  assert.ok(one === null || one.margin < SPLIT_MARGIN, `margin ${one?.margin}`);
});

test("too few members to be two stories", () => {
  assert.equal(bisect([vector({ a: 1 }), vector({ b: 1 }), vector({ c: 1 })]), null);
});
