import assert from "node:assert/strict";
import { test } from "node:test";
import { extractEntities } from "../language/entities.ts";
import { splitSentences } from "../language/sentences.ts";
import { codeOf } from "./model/code-table.ts";
import { labelSpans, viterbi } from "./model/decode.ts";
import {
  B_CONTENT,
  B_CUE,
  B_SOURCE,
  DENSE_ROWS,
  featurize,
  I_CONTENT,
  I_CUE,
  L,
  O,
  tokenContext,
} from "./model/features.ts";
import { spansToLabels, tokenMentions } from "./model/prepare.ts";
import { emissions, loadModel, parseModel, serializeModel, tagTokens } from "./model/tagger.ts";
import { hashString, QUOTE_MARK, TRIMMED, tokenize } from "./model/tokens.ts";
import { findQuotes } from "./quote-finder.ts";
import { rows } from "./test-helpers.ts";

const words = (text: string): string[] => {
  const t = tokenize(text);
  return Array.from(t.start, (s, i) => text.slice(s, t.end[i]));
};

test("tokens: words, split clitics, lone marks, digit groups; offsets index the text", () => {
  assert.deepEqual(words("He’s said “we don't,” O’Malley’s aide added; 100,000 jobs."), [
    "He",
    "’s",
    "said",
    "“",
    "we",
    "do",
    "n't",
    ",",
    "”",
    "O’Malley",
    "’s",
    "aide",
    "added",
    ";",
    "100,000",
    "jobs",
    ".",
  ]);
  assert.deepEqual(words("''Fine,'' she said, self-described."), [
    "''",
    "Fine",
    ",",
    "''",
    "she",
    "said",
    ",",
    "self-described",
    ".",
  ]);
});

test("tokens: the hash is the lower-case word's; quotation marks and trimmed punctuation are flagged", () => {
  const text = "SAID “Yes.”";
  const t = tokenize(text);
  assert.equal(t.hash[0], hashString("said"));
  assert.equal((t.flags[1] as number) & QUOTE_MARK, QUOTE_MARK);
  assert.equal((t.flags[3] as number) & TRIMMED, TRIMMED);
  assert.equal((t.flags[2] as number) & TRIMMED, 0);
});

test("decode: an inside label never follows O, and runs of B/I become spans", () => {
  const n = 3;
  const emissionScores = new Float64Array(n * L);
  // Token 0 wants O, tokens 1-2 want I-C: the best allowed path starts the cue with B-C.
  emissionScores[0 * L + O] = 5;
  emissionScores[1 * L + I_CUE] = 5;
  emissionScores[1 * L + B_CUE] = 4;
  emissionScores[2 * L + I_CUE] = 5;
  const transitions = new Float64Array(L * L);
  for (let p = 0; p < L; p++) transitions[p * L + I_CUE] = p === B_CUE || p === I_CUE ? 0 : -1e9;
  const labels = viterbi(emissionScores, n, transitions, new Float64Array(L));
  assert.deepEqual([...labels], [O, B_CUE, I_CUE]);
  assert.deepEqual(
    labelSpans(Uint8Array.from([B_SOURCE, B_CUE, I_CUE, O, B_CONTENT, I_CONTENT, B_CONTENT])),
    [
      { role: "source", from: 0, to: 1 },
      { role: "cue", from: 1, to: 3 },
      { role: "content", from: 4, to: 6 },
      { role: "content", from: 6, to: 7 },
    ],
  );
});

test("labels: each span trimmed of marks and punctuation, laid onto its tokens", () => {
  const text = "Ana said: “We stay.”";
  const labels = spansToLabels(text, tokenize(text), [
    { role: "source", start: 0, end: 3 },
    { role: "cue", start: 4, end: 9 },
    { role: "content", start: 10, end: 20 },
  ]);
  assert.deepEqual([...labels], [B_SOURCE, B_CUE, O, O, B_CONTENT, I_CONTENT, O, O]);
});

test("model file: weights survive writing and reading; the folded scoring equals the plain one", () => {
  const dense = new Float64Array(DENSE_ROWS * L);
  for (let i = 0; i < dense.length; i++) dense[i] = ((i * 7919) % 13) - 6;
  const saidKey = 12345;
  const text = serializeModel({
    cueWords: new Map([["said", 1]]),
    starts: new Float64Array(L),
    transitions: new Float64Array(L * L),
    dense,
    tagger: new Map([[saidKey, Float64Array.from({ length: L }, (_, l) => l * 2)]]),
    words: [hashString("said")],
    pairs: [],
    clusters: new Map([[hashString("said"), 3 | (2 << 8)]]),
  });
  const model = parseModel(text);
  assert.equal(model.cueWords.get("said"), 1);
  assert.equal(codeOf(model.clusters, hashString("said")), 3 | (2 << 8));
  assert.equal(codeOf(model.clusters, hashString("dam")), 0);
  const sample = "Ana Venn said the dam holds. “It will,” she added.";
  const sentences = splitSentences(sample);
  const input = {
    text: sample,
    tokens: tokenize(sample),
    sentences,
    quotes: findQuotes(sample),
    mentions: tokenMentions(extractEntities(sample, sentences)),
    rules: null,
  };
  const ctx = tokenContext({ ...input, cueClasses: model.cueClasses, clusters: model.clusters });
  const plain = viterbi(
    emissions(model, featurize(ctx), ctx.n, ctx.wh),
    ctx.n,
    model.transitions,
    model.starts,
  );
  assert.deepEqual([...tagTokens(model, input).labels], [...plain]);
});

test("the trained tagger is part of the project and adds statements the rules miss", {
  skip: loadModel() === null,
}, () => {
  assert.deepEqual(rows("Maria Lopez slammed the new budget plan as a disgrace to the city."), [
    {
      kind: "indirect",
      speaker: "Maria Lopez",
      via: null,
      cue: "slammed",
      content: "the new budget plan as a disgrace to the city",
    },
  ]);
  // A description and a plural group speak in their own words.
  assert.equal(rows("A new poll shows that most voters oppose the tax increase.")[0]?.speaker, "A new poll");
  assert.equal(
    rows("Officials in the port city believe the ferry will resume in May.")[0]?.speaker,
    "Officials in the port city",
  );
});
