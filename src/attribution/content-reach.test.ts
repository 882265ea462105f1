import assert from "node:assert/strict";
import { test } from "node:test";
import { splitSentences } from "../language/sentences.ts";
import { indexArticle } from "./article-index.ts";
import type { Attributed } from "./combine.ts";
import { reachClause } from "./content-reach.ts";

/** A statement over the first occurrences of `cue` and `content` in `text`. */
function statement(text: string, cue: string, content: string): Attributed {
  const at = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return { speaker: null, via: null, kind: "indirect", cue: at(cue), content: at(content) };
}

function reached(text: string, statements: readonly Attributed[]): string[] {
  return reachClause(indexArticle(text, splitSentences(text), []), statements).map((s) => s.content.text);
}

test("content before its cue starts with its sentence", () => {
  const text = "It rained. The ferry stops in May, according to the port.";
  assert.deepEqual(reached(text, [statement(text, "according to", "stops in May")]), [
    "The ferry stops in May",
  ]);
});

test("content before its cue stays put behind another statement", () => {
  const text = "Venn said the ferry stops, and the bridge opens, according to the port.";
  const first = statement(text, "said", "the ferry stops");
  assert.deepEqual(reached(text, [first, statement(text, "according to", "the bridge opens")]), [
    "the ferry stops",
    "the bridge opens",
  ]);
});

test("content after its cue runs on to its sentence's end when only a few words are left", () => {
  const text = "Venn said the ferry stops in May this year. It rained.";
  assert.deepEqual(reached(text, [statement(text, "said", "the ferry stops in May")]), [
    "the ferry stops in May this year",
  ]);
  const long =
    "Venn said the ferry stops in May, when the harbour closes for the dredging of its old western basin.";
  assert.deepEqual(reached(long, [statement(long, "said", "the ferry stops in May")]), [
    "the ferry stops in May",
  ]);
});

test("the subject of 'is expected to' is part of the content, not its source", () => {
  const text = "The mayor is expected to reopen the bridge in May.";
  const expected = { ...statement(text, "is expected", "to reopen the bridge in May"), speaker: null };
  assert.deepEqual(reached(text, [expected]), ["The mayor is expected to reopen the bridge in May"]);
});

test("a relative pronoun before the source opens the content", () => {
  const text = "Venn wants a new wall, which he said the port should pay for.";
  const said = {
    ...statement(text, "said", "the port should pay for"),
    speaker: {
      name: "Venn",
      mention: "he",
      start: text.indexOf(" he ") + 1,
      end: text.indexOf(" he ") + 3,
      entityId: null,
    },
  };
  assert.deepEqual(reached(text, [said]), ["which he said the port should pay for"]);
});
