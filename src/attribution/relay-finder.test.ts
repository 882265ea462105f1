import assert from "node:assert/strict";
import { test } from "node:test";
import { extractEntities } from "../language/entities.ts";
import { splitSentences } from "../language/sentences.ts";
import { indexArticle } from "./article-index.ts";
import { findRelay } from "./relay-finder.ts";

function relay(text: string): string | null {
  const sentences = splitSentences(text);
  const index = indexArticle(text, sentences, extractEntities(text, sentences));
  return findRelay(index, 0, text.length);
}

test("an agency after 'according to' with its descriptors is the relay", () => {
  assert.equal(
    relay("Anna Venn said the dam holds, according to the country's state news agency Interfax."),
    "Interfax",
  );
});

test("an outlet introduced by a media noun is a relay even when unknown", () => {
  assert.equal(relay("Anna Venn told the weekly Brindle Herald that the dam holds."), "Brindle Herald");
  assert.equal(
    relay("In an interview published by the magazine Harbour Voice, Venn spoke."),
    "Harbour Voice",
  );
});

test("'told reporters' and 'according to' a person give no relay", () => {
  assert.equal(relay("Anna Venn told reporters that the dam holds."), null);
  assert.equal(relay("The dam holds, according to Tomas Ferro."), null);
});
