/**
 * @module PolNeAR articles made ready for the attribution tagger: tokens, the language stages' sentences, quotes and
 * mentions, the rule attributor's labels, and the gold labels (each trimmed span laid onto its tokens).
 */
import { ruleStatements } from "../../src/attribution/index.ts";
import {
  type RoleSpan,
  spansToLabels,
  statementSpans,
  tokenMentions,
} from "../../src/attribution/model/prepare.ts";
import { type Tokens, tokenize } from "../../src/attribution/model/tokens.ts";
import { findQuotes } from "../../src/attribution/quote-finder.ts";
import type { Sentence } from "../../src/core/records.ts";
import { extractEntities } from "../../src/language/entities.ts";
import { splitSentences } from "../../src/language/sentences.ts";
import type { PolnearArticle } from "./attribution-data.ts";
import type { Role } from "./brat.ts";
import { roleSpans } from "./brat.ts";
import type { Extent } from "./span-score.ts";

export interface PreparedDoc {
  readonly id: string;
  readonly text: string;
  readonly tokens: Tokens;
  readonly sentences: readonly Sentence[];
  readonly input: {
    readonly text: string;
    readonly tokens: Tokens;
    readonly sentences: readonly Sentence[];
    readonly quotes: ReturnType<typeof findQuotes>;
    readonly mentions: ReturnType<typeof tokenMentions>;
    readonly rules: Uint8Array;
  };
  readonly gold: Uint8Array;
  /** Gold extents per role as the scoring reads them (outer extents of discontinuous spans). */
  readonly goldExtents: Readonly<Record<Role, Extent[]>>;
}

export function prepare(article: PolnearArticle): PreparedDoc {
  const { text } = article;
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences);
  const tokens = tokenize(text);
  const rules = spansToLabels(text, tokens, statementSpans(ruleStatements(text, sentences, entities)));
  const goldSpans: RoleSpan[] = [];
  for (const a of article.gold.attributions) {
    if (a.source !== null)
      for (const [start, end] of a.source.fragments) goldSpans.push({ role: "source", start, end });
    if (a.cue !== null)
      for (const [start, end] of a.cue.fragments) goldSpans.push({ role: "cue", start, end });
    for (const c of a.content)
      for (const [start, end] of c.fragments) goldSpans.push({ role: "content", start, end });
  }
  const gold = spansToLabels(text, tokens, goldSpans);
  return {
    id: article.id,
    text,
    tokens,
    sentences,
    input: { text, tokens, sentences, quotes: findQuotes(text), mentions: tokenMentions(entities), rules },
    gold,
    goldExtents: {
      source: roleSpans(article.gold, "source"),
      cue: roleSpans(article.gold, "cue"),
      content: roleSpans(article.gold, "content"),
    },
  };
}
