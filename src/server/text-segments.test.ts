import assert from "node:assert/strict";
import { test } from "node:test";
import { segmentText } from "./text-segments.ts";

const text = 'Talks resumed. Mara Quill said "the ferries run again" on Monday.\n\nNo one else spoke.';
const sentences = [
  { start: 0, end: 14, paragraph: 0 },
  { start: 15, end: 65, paragraph: 0 },
  { start: 67, end: text.length, paragraph: 1 },
];
const content = { start: text.indexOf("the ferries"), end: text.indexOf('" on') };
const cue = { start: text.indexOf("said"), end: text.indexOf("said") + 4 };

test("segments cover the text exactly, sentence by sentence", () => {
  const units = segmentText(text, sentences, [{ localId: "s1", content, cue }]);
  assert.equal(units.map((u) => u.pieces.map((p) => p.text).join("")).join(""), text);
  assert.deepEqual(
    units.map((u) => u.sentence),
    [0, null, 1, null, 2],
  );
});

test("a statement is marked in place and anchored at the sentence where it starts", () => {
  const units = segmentText(text, sentences, [{ localId: "s1", content, cue }]);
  const second = units[2];
  assert.deepEqual(second?.anchors, ["s1"]);
  assert.equal(second?.pieces.find((p) => p.statements.includes("s1"))?.text, "the ferries run again");
  assert.equal(second?.pieces.find((p) => p.cues.includes("s1"))?.text, "said");
  assert.ok(units.filter((u) => u !== second).every((u) => u.anchors.length === 0));
});

test("no sentences: one unit; offsets past the end are clamped", () => {
  const units = segmentText(
    "Short text.",
    [],
    [{ localId: "s9", content: { start: 6, end: 99 }, cue: { start: 0, end: 5 } }],
  );
  assert.equal(units.length, 1);
  assert.deepEqual(units[0]?.anchors, ["s9"]);
  assert.equal(units[0]?.pieces.map((p) => p.text).join(""), "Short text.");
});
