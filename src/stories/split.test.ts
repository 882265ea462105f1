import assert from "node:assert/strict";
import { test } from "node:test";
import type { TermVector } from "./features.ts";
import { bisect, SPLIT_MARGIN } from "./split.ts";

const vector = (terms: Record<string, number>): TermVector => {
  const norm = Math.sqrt(Object.values(terms).reduce((s, w) => s + w * w, 0));
  return new Map(Object.entries(terms).map(([t, w]) => [t, w / norm]));
};

const sea = (x: string) => vector({ "@lund": 1, strait: 2, crews: 1.5, talks: 1, [x]: 1 });
const vote = (x: string) => vector({ "@lund": 1, election: 2, parliament: 1.5, coalition: 1, [x]: 1 });

test("two stories sharing a famous name split apart; one story's phases do not", () => {
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

test("an odd report that fits with nothing does not hide the two stories of the rest; it joins the closer", () => {
  const odd = vector({ rice: 3, farmers: 2, harvest: 2, strait: 0.5 });
  const halves = bisect([sea("a"), sea("b"), vote("c"), odd, sea("d"), vote("e"), vote("f")]);
  assert.ok(halves && halves.margin >= SPLIT_MARGIN, `margin ${halves?.margin}`);
  const withSea = halves?.a.includes(0) ? halves.a : halves?.b;
  assert.deepEqual([...(withSea ?? [])].sort(), [0, 1, 3, 4]);
});

test("one outlet's angle on a story is not a story: its house style does not count toward its own side", () => {
  // The business paper names the chief executives in full and its own name; the wires cover the strike.
  const paper = (x: string) =>
    vector({ merger: 1, airline: 1, union: 0.5, courant: 1.5, executive: 1.5, marguerite: 1.5, [x]: 1 });
  const wire = (x: string, y: string) =>
    vector({ merger: 0.7, airline: 1, union: 1.5, strike: 1, [y]: 1.5, [x]: 1 });
  const members = [
    paper("a"),
    wire("b", "picket"),
    paper("c"),
    wire("d", "talks"),
    wire("e", "flights"),
    paper("f"),
  ];
  const outlets = ["Le Courant", "Wire One", "LE COURANT", "Wire Two", "Wire One", "Le  Courant"];
  const unaware = bisect(members);
  assert.ok(unaware && unaware.margin >= SPLIT_MARGIN, `margin ${unaware?.margin}`);
  const aware = bisect(members, outlets);
  assert.ok(aware && aware.margin < SPLIT_MARGIN, `margin ${aware?.margin}`);
  // Reports of two stories from several outlets still split.
  const mixed = bisect(
    [sea("a"), sea("b"), vote("c"), sea("d"), vote("e"), vote("f")],
    ["One", "Two", "One", "Three", "Two", "Three"],
  );
  assert.ok(mixed && mixed.margin >= SPLIT_MARGIN, `margin ${mixed?.margin}`);
});
