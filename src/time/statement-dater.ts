/** @module dateStatements: when the words were said, from a date attached to the reporting cue in its own sentence. */

import type { Span, Statement, Timex } from "../core/records.ts";
import { sentenceAt, sentenceSpans } from "./sentence-bounds.ts";
import { calendarDate, datedTimexesIn } from "./timex-dates.ts";

// Between the cue and a date after it: a few words ("told reporters", "in an interview") and a preposition that
// dates the act — "said on Saturday", "said Saturday", "said after Wednesday's meeting".
const AFTER_CUE =
  /^(?:\s+[\p{L}\p{N}.'’-]+){0,6}?(?:\s+(?:late|early|earlier|later))?(?:\s+(?:on|after|following))?\s+$/u;

// Words that open the reported clause: a date after them belongs to the content ("said that talks will ... on June 2").
const CLAUSE_OPENER =
  /\b(?:that|will|would|shall|could|can|may|might|should|if|when|whether|because|which|who)\b|["“”‘’]/i;

// After the last comma before the cue only the speaker may stand: "..., Peskov said", "..., the Kremlin spokesman said".
const SPEAKER_ONLY = /,((?:\s+[\p{L}.'’-]+){0,6})\s*$/u;

export function dateStatements(
  text: string,
  statements: readonly Statement[],
  timexes: readonly Timex[],
): Statement[] {
  const sentences = sentenceSpans(text);
  const dated = statements.map((s) => {
    const date = statementDate(text, sentenceAt(sentences, s.cue.start, text.length), s, timexes);
    return date === null ? s : { ...s, date };
  });
  return dated.map((s) => (s.date === null ? { ...s, date: speakerDateBefore(dated, s) } : s));
}

/**
 * "X said on Wednesday that … ¶ “…,” X told reporters": words of a speaker the text does not date were said when
 * the speaker's dated words before them were (the lede says when; the quotes that follow come from the occasion).
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function speakerDateBefore(statements: readonly Statement[], s: Statement): string | null {
  const name = s.speaker?.name;
  if (!name) return null;
  // a day, not a month: "X, who in September rejected …" recalls an earlier occasion
  const earlier = statements.find(
    (o) => o.speaker?.name === name && o.date !== null && DAY.test(o.date) && o.cue.start < s.cue.start,
  );
  return earlier?.date ?? null;
}

function statementDate(text: string, sentence: Span, s: Statement, timexes: readonly Timex[]): string | null {
  const candidates = datedTimexesIn(timexes, sentence).filter((t) => !inside(t, s.content));
  const after = candidates.find(
    (t) => t.start >= s.cue.end && isAttachedAfter(text.slice(s.cue.end, t.start)),
  );
  if (after) return calendarDate(after);
  const before = candidates
    .filter((t) => t.end <= s.cue.start && isIntroductory(text, sentence, t, s))
    .sort((a, b) => b.end - a.end)[0];
  return before ? calendarDate(before) : null;
}

function isAttachedAfter(gap: string): boolean {
  return AFTER_CUE.test(gap) && !CLAUSE_OPENER.test(gap) && !/[.;:!?]/.test(gap);
}

/** "Speaking to reporters on Saturday, Peskov said", "In an interview published on Friday by X, Peskov said". */
function isIntroductory(text: string, sentence: Span, t: Timex, s: Statement): boolean {
  const lead = text.slice(sentence.start, t.start);
  const tail = text.slice(t.end, s.cue.start);
  if (/["“”]/.test(lead + tail) || /[;:]/.test(tail)) return false;
  // "Asked on Wednesday whether X would come before the strike on 9 March, Y said": the question's own dates
  if (/\b(?:whether|if)\b/i.test(lead)) return false;
  // "… refused to register her list for the 16 December election, she withdrew": a date naming a thing
  if (/\bthe\s+$/iu.test(lead) && /^\s+\p{Ll}/u.test(tail)) return false;
  // "On Friday, the talks collapsed, Peskov said": the date opens the reported words, not the saying.
  if (s.content.end > s.content.start && s.content.start >= t.end && s.content.end <= s.cue.start)
    return false;
  // "In March the minister called …": a date opening the sentence, then only the speaker before the cue
  if (OPENING_DATE.test(lead) && /^(?:\s+[\p{L}.'’-]+){1,6}\s*$/u.test(tail)) return true;
  return SPEAKER_ONLY.test(tail) || /^\s*,?\s*$/.test(tail);
}

const OPENING_DATE = /^[\s"“]*(?:(?:in|on|at|by|during|early|late|last|earlier)\s+)?$/iu;

function inside(t: Span, content: Span): boolean {
  return content.end > content.start && t.start >= content.start && t.end <= content.end;
}
