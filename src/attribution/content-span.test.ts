import assert from "node:assert/strict";
import { test } from "node:test";
import { combine } from "./combine.ts";
import { subordinateClauseEnd } from "./content-span.ts";
import type { ModelFound } from "./model-attributor.ts";

const endOf = (text: string, cue: string, content: string): string => {
  const cueEnd = text.indexOf(cue) + cue.length;
  const start = text.indexOf(content);
  const end = subordinateClauseEnd(
    text,
    { start: 0, end: text.length },
    cueEnd,
    start,
    start + content.length,
  );
  return text.slice(start, end);
};

test("content after a cue in an opening subordinate clause ends before the main clause", () => {
  const text = "Though the mayor praised the new ferry, the council voted against it.";
  assert.equal(endOf(text, "praised", "the new ferry, the council voted against it"), "the new ferry");
  const conditional = "If Ms. Orla doubts the harbour figures, she should say so.";
  assert.equal(endOf(conditional, "doubts", "the harbour figures, she should say so"), "the harbour figures");
});

test("an apposition or a main-clause cue keeps its content", () => {
  const lowerAfterComma = "While the union urged a strike, citing low pay, nothing happened.";
  assert.equal(endOf(lowerAfterComma, "urged", "a strike, citing low pay"), "a strike, citing low pay");
  const main = "The mayor praised the ferry, the council said.";
  assert.equal(endOf(main, "praised", "the ferry, the council"), "the ferry, the council");
});

const span = (text: string, start: number) => ({ text, start, end: start + text.length });
const found = (cue: string, cueAt: number, content: string, contentAt: number): ModelFound => ({
  speaker: null,
  via: null,
  kind: "indirect",
  cue: span(cue, cueAt),
  content: span(content, contentAt),
  tagged: true,
});

test("a statement the model found alone keeps one word of content when it names someone or something", () => {
  // "The union endorsed Venn. The union backed it. The union welcomed that."
  const kept = combine(
    [],
    [found("endorsed", 10, "Venn", 19), found("backed", 34, "it", 41), found("welcomed", 55, "that", 64)],
  );
  assert.deepEqual(
    kept.map((s) => s.content.text),
    ["Venn", "it"],
  );
});
