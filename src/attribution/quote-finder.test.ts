import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "./quote-finder.ts";

function contents(text: string): string[] {
  return findQuotes(text).map((q) => text.slice(q.contentStart, q.contentEnd));
}

test("finds straight, curly and guillemet quotes", () => {
  const text = `"The dam holds," Ora Venn said. “We are ready,” she added. «Nothing changes», Ivo Marsh said.`;
  assert.deepEqual(contents(text), ["The dam holds,", "We are ready,", "Nothing changes"]);
});

test("a quote split by a cue gives two quotes", () => {
  const text = "“The bridge opens today,” Venn said, “and the ferry stops.”";
  assert.deepEqual(contents(text), ["The bridge opens today,", "and the ferry stops."]);
});

test("a multi-paragraph quote opens each paragraph and closes only at the end", () => {
  const text = "Venn said:\n\n“The first point is money.\n\n“The second is time.”\n\nThen she left.";
  assert.deepEqual(contents(text), ["The first point is money.\n\n“The second is time."]);
});

test("an unclosed quote at a paragraph end is dropped", () => {
  assert.deepEqual(contents("He wrote “a draft\n\nThe next day came."), []);
});

test("nested quotes stay inside the outer quote", () => {
  const text = `"In terms of 'why fight if you can trade', he is practical," Venn said.`;
  assert.deepEqual(contents(text), ["In terms of 'why fight if you can trade', he is practical,"]);
  const curly = "“He called it ‘a fair deal for all sides’ yesterday,” Venn said.";
  assert.deepEqual(contents(curly), ["He called it ‘a fair deal for all sides’ yesterday,"]);
});

test("single curly quotes only around a clause, never an apostrophe", () => {
  assert.deepEqual(contents("Brindle’s mayor called the plan ‘possible’ on Monday."), []);
  assert.deepEqual(contents("The mayor said ‘we will rebuild the bridge’ on Monday."), [
    "we will rebuild the bridge",
  ]);
});

test("inch marks are not quotes", () => {
  assert.deepEqual(contents(`A 5" pipe and a 7" pipe burst.`), []);
});

test("two apostrophes make a quotation mark; one inside a word does not", () => {
  const text = "''The harbor's fees rise,'' Ora Venn said.";
  assert.deepEqual(contents(text), ["The harbor's fees rise,"]);
});
