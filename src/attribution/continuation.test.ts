import assert from "node:assert/strict";
import { test } from "node:test";
import { splitSentences } from "../language/sentences.ts";
import { indexArticle } from "./article-index.ts";
import { continuationQuotes } from "./continuation.ts";
import { proseSentences } from "./prose-filter.ts";
import type { Found } from "./sentence-attributor.ts";

function continued(text: string, acrossParagraphs: boolean): string[] {
  const sentences = splitSentences(text);
  const index = indexArticle(text, sentences, []);
  const at = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const said: Found = {
    content: at("The dam holds"),
    kind: "direct",
    speaker: null,
    via: null,
    cue: at("said"),
  };
  return continuationQuotes(index, proseSentences(text, sentences), [said], acrossParagraphs).map(
    (f) => f.content.text,
  );
}

test("a quote opening the next paragraph continues a statement only across paragraphs", () => {
  const text = "“The dam holds,” Venn said.\n\n“We will open the gates in May.”";
  assert.deepEqual(continued(text, false), []);
  assert.deepEqual(continued(text, true), ["We will open the gates in May."]);
});
