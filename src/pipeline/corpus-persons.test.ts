import assert from "node:assert/strict";
import { test } from "node:test";
import type { Analysis } from "../core/records.ts";
import { entityKey } from "../language/entities.ts";
import { splitSentences } from "../language/sentences.ts";
import { withCorpusPersons } from "./corpus-persons.ts";

test("bare surnames the corpus knows become people, and the article's events take them as participants", () => {
  const text = "The spokesman said Dorvan did not rule out meeting Kestrel. Dorvan is in Velm.";
  const analysis: Analysis = {
    sentences: splitSentences(text),
    entities: [],
    statements: [],
    timexes: [],
    events: [],
  };
  const people = new Map([
    [entityKey("Dorvan"), "Ilse Dorvan"],
    [entityKey("Kestrel"), "Marek Kestrel"],
  ]);
  const out = withCorpusPersons(text, analysis, (key) => people.get(key) ?? null);
  assert.deepEqual(
    out.entities.map((e) => [e.name, e.type, e.mentions.length]),
    [
      ["Ilse Dorvan", "person", 1],
      ["Marek Kestrel", "person", 1],
    ],
  );
  assert.deepEqual(
    out.events.map((e) => [e.frame, e.participants]),
    [["meeting", ["Ilse Dorvan", "Marek Kestrel"]]],
  );
  // nothing the corpus knows: the analysis is returned as it was
  assert.equal(
    withCorpusPersons(text, analysis, () => null),
    analysis,
  );
});
