import assert from "node:assert/strict";
import { test } from "node:test";
import { splitSentences } from "../language/sentences.ts";
import { proseSentences } from "./prose-filter.ts";

function prose(text: string): string[] {
  return proseSentences(text, splitSentences(text)).map((s) => text.slice(s.start, s.end));
}

test("headlines, teasers and captions are not prose", () => {
  const text = [
    "Dam will hold, says Brindle mayor",
    "Mayor Ora Venn said the dam will hold.",
    "Also Read | Flood warnings lifted, officials said.",
    "Venn inspects the dam on Monday.(File Photo)",
    "Engineers agreed, Venn added.",
  ].join("\n\n");
  assert.deepEqual(prose(text), ["Mayor Ora Venn said the dam will hold.", "Engineers agreed, Venn added."]);
});

test("a line repeated verbatim counts once", () => {
  const text = "Venn said the dam holds.\n\nMarsh disagreed.\n\nVenn said the dam holds.";
  assert.deepEqual(prose(text), ["Venn said the dam holds.", "Marsh disagreed."]);
});
