import assert from "node:assert/strict";
import { test } from "node:test";
import { splitSentences } from "./sentences.ts";

function texts(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

test("splits on terminal punctuation and keeps offsets into the text", () => {
  const text = "The mayor of Brindle arrived. She spoke briefly! Did anyone listen?";
  assert.deepEqual(texts(text), [
    "The mayor of Brindle arrived.",
    "She spoke briefly!",
    "Did anyone listen?",
  ]);
});

test("does not split after titles, months, numbers, initials or decimals", () => {
  const text =
    "Dr. Ada Brook met Gen. Tomas Ferro on Sept. 5 at No. 10 with J. R. Holt. Inflation hit 3.5 percent.";
  assert.deepEqual(texts(text), [
    "Dr. Ada Brook met Gen. Tomas Ferro on Sept. 5 at No. 10 with J. R. Holt.",
    "Inflation hit 3.5 percent.",
  ]);
});

test("U.S. and a.m. end a sentence only before a common opener", () => {
  const text =
    "The envoy flew to the U.S. The talks began at 9 a.m. Officials from the U.S. State Department came.";
  assert.deepEqual(texts(text), [
    "The envoy flew to the U.S.",
    "The talks began at 9 a.m. Officials from the U.S. State Department came.",
  ]);
});

test("a sentence ending inside a closing quote stays with its cue", () => {
  const text = "“The bridge is safe. It is not,” he said. “Stop!” Next came silence.";
  assert.deepEqual(texts(text), [
    "“The bridge is safe.",
    "It is not,” he said.",
    "“Stop!”",
    "Next came silence.",
  ]);
});

test("question inside quotes followed by a lower-case cue is one sentence", () => {
  assert.deepEqual(texts("“Why now?” she asked. Nobody knew."), ["“Why now?” she asked.", "Nobody knew."]);
});

test("a period glued to the next sentence still splits, a URL does not", () => {
  const text =
    'The plan works, Holt said.The vote is Monday."We agree," Holt added.See example.com/news for more.';
  assert.deepEqual(texts(text), [
    "The plan works, Holt said.",
    "The vote is Monday.",
    '"We agree," Holt added.',
    "See example.com/news for more.",
  ]);
});

test("paragraph index counts blank-line separated blocks; a line break ends a headline", () => {
  const text = "Storm Hits Coast\nThe storm arrived.\n\nIt left.\n  \nRoads reopened today.";
  const sentences = splitSentences(text);
  assert.deepEqual(
    sentences.map((s) => [text.slice(s.start, s.end), s.paragraph]),
    [
      ["Storm Hits Coast", 0],
      ["The storm arrived.", 0],
      ["It left.", 1],
      ["Roads reopened today.", 2],
    ],
  );
});

test("a hard-wrapped line continuing in lower case is not a boundary", () => {
  assert.deepEqual(texts("The council met on\nthe Tuesday and voted.\nthen it adjourned."), [
    "The council met on\nthe Tuesday and voted.\nthen it adjourned.",
  ]);
});

test("an ellipsis before a lower-case word does not split", () => {
  assert.deepEqual(texts("Talks… must stay private. Fine."), ["Talks… must stay private.", "Fine."]);
});

test("a sentence may open with a low quotation mark („…“)", () => {
  const text = "„We will meet,“ the minister told the radio. „The text is finished.“";
  assert.deepEqual(texts(text), ["„We will meet,“ the minister told the radio.", "„The text is finished.“"]);
});
