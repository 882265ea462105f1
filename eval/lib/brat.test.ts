import assert from "node:assert/strict";
import { test } from "node:test";
import { parseBrat, roleSpans } from "./brat.ts";

// A brat standoff snippet written for this test, in PolNeAR's layout, over this text:
const TEXT = "The mayor said the bridge would reopen. She also promised new lights.";
const ANN = [
  "T1\tSource 0 9\tThe mayor",
  "T2\tCue 10 14\tsaid",
  "T3\tContent 15 38\tthe bridge would reopen",
  "T4\tAttribution 10 14\tsaid",
  "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
  "T5\tCue 49 57\tpromised",
  "T6\tContent 58 62;63 69\tnew lights",
  "T7\tAttribution 49 57\tpromised",
  "E2\tAttribution:T7 Source:T1 Content:T6 Cue:T5",
  "T8\tDiscuss 40 43\tShe",
  "T9\tContent 0 3\tnot linked",
  "an annotator note whose text ran onto a second line",
  "#1\tAnnotatorNotes T6\tsplit span",
].join("\n");

test("text-bound spans and the attributions linking them", () => {
  const doc = parseBrat(ANN);
  assert.equal(doc.attributions.length, 2);
  const [first, second] = doc.attributions;
  assert.equal(TEXT.slice(first?.source?.start, first?.source?.end), "The mayor");
  assert.equal(TEXT.slice(first?.cue?.start, first?.cue?.end), "said");
  assert.equal(second?.source?.id, "T1");
});

test("a discontinuous span is taken as its outer extent", () => {
  const doc = parseBrat(ANN);
  const content = doc.attributions[1]?.content[0];
  assert.deepEqual([content?.start, content?.end], [58, 69]);
  assert.equal(TEXT.slice(58, 69), "new lights.");
});

test("role spans count a shared source once and skip spans no attribution links", () => {
  const doc = parseBrat(ANN);
  assert.deepEqual(
    roleSpans(doc, "source").map((s) => s.id),
    ["T1"],
  );
  assert.deepEqual(
    roleSpans(doc, "content").map((s) => s.id),
    ["T3", "T6"],
  );
});

test("an attribution without a source in the text", () => {
  const doc = parseBrat(
    "T1\tCue 0 4\tsaid\nT2\tContent 5 9\tthis\nE1\tAttribution-no-source:T3 Cue:T1 Content:T2",
  );
  assert.equal(doc.attributions.length, 1);
  assert.equal(doc.attributions[0]?.source, null);
  assert.equal(roleSpans(doc, "cue").length, 1);
});
