/**
 * @module Attributed statements: who said what, through whom. The hand-written rules (quotes, lexicon cues, speaker
 * slots) run first; the trained tagger (model/, when its file is present) reads their output among its features,
 * and its statements are combined with theirs (combine.ts).
 */
import type { Entity, Sentence, Statement } from "../core/records.ts";
import { type ArticleIndex, indexArticle, quoteAround } from "./article-index.ts";
import { type Attributed, combine } from "./combine.ts";
import { reachClause } from "./content-reach.ts";
import { quotedStart, reportedSentenceEnd, subordinateClauseEnd } from "./content-span.ts";
import { continuationQuotes } from "./continuation.ts";
import { isTurnCue, labelledTurns } from "./labelled-turns.ts";
import { namedLeads } from "./lead-description.ts";
import { spansToLabels, statementSpans } from "./model/prepare.ts";
import { loadModel } from "./model/tagger.ts";
import { tokenize } from "./model/tokens.ts";
import { modelStatements } from "./model-attributor.ts";
import { proseSentences } from "./prose-filter.ts";
import { findQuotes } from "./quote-finder.ts";
import { quotedAsSaying } from "./quoted-as-saying.ts";
import { attributeSentence, type Found } from "./sentence-attributor.ts";
import { signedQuotes } from "./signed-quotes.ts";
import type { PriorSpeaker } from "./speaker-resolver.ts";

export function extractStatements(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
): Statement[] {
  const view = englishQuotes(text);
  if (view === text) return extractFrom(text, sentences, entities);
  // the words as written: only the marks differed, one code unit each, so every offset holds
  const written = (span: { start: number; end: number }) => text.slice(span.start, span.end);
  return extractFrom(view, sentences, entities).map((s) => ({
    ...s,
    cue: { ...s.cue, text: written(s.cue) },
    content: { ...s.content, text: written(s.content) },
    speaker: s.speaker && { ...s.speaker, mention: written(s.speaker) },
  }));
}

/**
 * „German-style“ quotations written as the “English” ones the rules and the tagger know (the low opening mark, and
 * a high “ closing it), so that „…,“ X said, „…“ reads as “…,” X said, “…” does.
 */
function englishQuotes(text: string): string {
  if (!text.includes("„")) return text;
  const chars = text.split("");
  for (const q of findQuotes(text)) {
    if (chars[q.start] !== "„") continue;
    chars[q.start] = "“";
    if (chars[q.end - 1] === "“") chars[q.end - 1] = "”";
  }
  return chars.join("");
}

function extractFrom(text: string, sentences: readonly Sentence[], entities: readonly Entity[]): Statement[] {
  const index = indexArticle(text, sentences, entities);
  const prose = proseSentences(text, sentences);
  const rules = ruleFound(index, prose, entities);
  const model = loadModel();
  if (model === null) return numbered(rules);
  const tokens = tokenize(text);
  const tags = spansToLabels(text, tokens, statementSpans(rules));
  const found = modelStatements(model, index, prose, entities, tags, tokens);
  const combined = quotedAsSaying(
    index,
    namedLeads(
      text,
      reachClause(
        index,
        combine(rules, found).map((f) => boundedContent(index, f)),
      ),
      entities,
    ),
  );
  return numbered(
    [...combined, ...continuationQuotes(index, prose, combined, true)].filter((f) => !askedOnly(index, f)),
  );
}

/**
 * "Would Wadiyah consider sanctions if the talks failed?": the outlet's own yes-or-no question, cue and words in one
 * sentence outside any quotation, reports nobody's words.
 */
const ASKED =
  /^(?:Would|Will|Did|Does|Do|Is|Are|Was|Were|Can|Could|Should|Has|Have|Had|Might|May|Shall)\s[^"“”«»]*\?$/u;

function askedOnly(index: ArticleIndex, f: Attributed): boolean {
  if (f.kind === "direct" || quoteAround(index, f.cue.start) !== undefined) return false;
  const sentence = index.sentences.find((s) => s.start <= f.cue.start && f.cue.start < s.end);
  if (sentence === undefined || f.content.start < sentence.start || f.content.end > sentence.end)
    return false;
  return ASKED.test(index.text.slice(sentence.start, sentence.end).trim());
}

/**
 * Content after a cue in an opening subordinate clause ends with that clause (see subordinateClauseEnd), and content
 * after its cue ends with its sentence (see reportedSentenceEnd) and, right after the cue, starts at the quotation
 * an object and a comma lead up to (see quotedStart).
 */
function boundedContent(index: ArticleIndex, f: Attributed): Attributed {
  const sentence = index.sentences.find((s) => s.start <= f.cue.start && f.cue.start < s.end);
  if (sentence === undefined || isTurnCue(index.text, f.cue)) return f;
  const { text } = index;
  let end = subordinateClauseEnd(text, sentence, f.cue.end, f.content.start, f.content.end);
  let start = f.content.start;
  if (start >= f.cue.end) end = reportedSentenceEnd(index, start, end);
  if (start >= f.cue.end && !/\S/u.test(text.slice(f.cue.end, start))) start = quotedStart(text, start, end);
  if (start === f.content.start && end === f.content.end) return f;
  return { ...f, content: { text: text.slice(start, end), start, end } };
}

function numbered(found: readonly Attributed[]): Statement[] {
  const all = [...found].sort(
    (a, b) => Math.min(a.content.start, a.cue.start) - Math.min(b.content.start, b.cue.start),
  );
  return all.map((f, i) => ({
    id: `s${i + 1}`,
    speaker: f.speaker,
    via: f.via,
    kind: f.kind,
    cue: f.cue,
    content: f.content,
    date: null,
  }));
}

/** The statements the hand-written rules find: quotes, lexicon cues, speaker slots. */
export function ruleStatements(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
): Statement[] {
  return numbered(
    ruleFound(indexArticle(text, sentences, entities), proseSentences(text, sentences), entities),
  );
}

function ruleFound(index: ArticleIndex, prose: readonly Sentence[], entities: readonly Entity[]): Found[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const found: Found[] = [];
  const prior: PriorSpeaker[] = [];
  for (const s of prose) {
    for (const f of attributeSentence(index, s, prior)) {
      found.push(f);
      const entity = f.speaker?.entityId == null ? undefined : byId.get(f.speaker.entityId);
      if (entity !== undefined) prior.push({ entity, at: f.cue.start });
    }
  }
  return [
    ...found,
    ...continuationQuotes(index, prose, found),
    ...signedQuotes(index),
    ...labelledTurns(index, entities),
  ];
}
