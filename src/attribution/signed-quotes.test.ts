import assert from "node:assert/strict";
import { test } from "node:test";
import { extractEntities } from "../language/entities.ts";
import { splitSentences } from "../language/sentences.ts";
import { indexArticle } from "./article-index.ts";
import { signedQuotes } from "./signed-quotes.ts";

function signed(text: string): [string, string | undefined, string][] {
  const sentences = splitSentences(text);
  const index = indexArticle(text, sentences, extractEntities(text, sentences));
  return signedQuotes(index).map((f) => [f.cue.text, f.speaker?.mention, f.content.text]);
}

test("a quote signed after a dash is a statement of the name, the dash its cue", () => {
  const text =
    "Readers wrote in.\n\n“The bridge is a disgrace. Fix it now.” ― Marta Ilves\n”We waited “for years” for this.”— Jon K. Arro.\n";
  assert.deepEqual(signed(text), [
    ["―", "Marta Ilves", "The bridge is a disgrace. Fix it now."],
    ["—", "Jon K. Arro", "We waited “for years” for this."],
  ]);
});

test("a dash inside prose or before lower-case words signs nothing", () => {
  assert.deepEqual(signed("“It holds,” she said — and left.\n“It holds.” — said the mayor\n"), []);
});
