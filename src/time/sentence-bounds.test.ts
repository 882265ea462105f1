import assert from "node:assert/strict";
import { test } from "node:test";
import { sentenceAt, sentenceSpans } from "./sentence-bounds.ts";

const texts = (text: string): string[] => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

test("splits on final punctuation and line breaks", () => {
  assert.deepEqual(texts("The minister left. He came back!\nA new line"), [
    "The minister left.",
    "He came back!",
    "A new line",
  ]);
});

test("keeps abbreviations, initials and decimals inside the sentence", () => {
  assert.deepEqual(texts("Mr. Ortiz met the U.S. envoy on Sept. 3. Growth was 2.5 percent."), [
    "Mr. Ortiz met the U.S. envoy on Sept. 3.",
    "Growth was 2.5 percent.",
  ]);
});

test("a period before a lower-case word does not end the sentence", () => {
  assert.deepEqual(texts("Polls closed at 8 p.m. on Sunday. Counting began."), [
    "Polls closed at 8 p.m. on Sunday.",
    "Counting began.",
  ]);
});

test("splits sentences glued without a space", () => {
  assert.deepEqual(texts("The aide said.The talks went on."), ["The aide said.", "The talks went on."]);
});

test("sentenceAt finds the sentence around an offset", () => {
  const text = "One thing. Another thing.";
  const s = sentenceAt(sentenceSpans(text), 14, text.length);
  assert.equal(text.slice(s.start, s.end), "Another thing.");
});
