/** @module Trims a reported clause and decides its kind: direct (all quoted), mixed (quoted fragment), indirect. */
import type { StatementKind, TextSpan } from "../core/records.ts";
import type { ArticleIndex } from "./article-index.ts";
import type { Quote } from "./quote-finder.ts";

export interface Content {
  readonly content: TextSpan;
  readonly kind: StatementKind;
}

/**
 * What opens a clause but is not part of it. "that" stays: PolNeAR train marks it inside the content in 1,850 of
 * 1,851 "said that …" attributions, and it keeps indirect speech readable as indirect.
 */
const LEADING = /^(?:\s|[,:;—–-]\s*)+/u;
const TRAILING = /[\s,;:—–-]+$/u;
/** A wire dateline opening the sentence: "VELL, 2 October (NP) — ", "OSK (Nordpress) - ", "Cẩm Đàn (LVNA) - ",
 * "Songhae, May 3 (DPS) -- ". */
export const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}(?:,\s+[^—–\n]{1,40}?\s+\([^)\n]{1,30}\)|,\s+[^—–\n]{1,40}?|\s+\([^)\n]{1,30}\))?|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:, [^—–\n()]{1,25}?)? \(\p{Lu}[^)\n]{0,29}\))\s*[—–-]{1,2}\s+/u;

/** The quoted words of a quote, without a trailing comma left before the cue (`“…it is not,” he said`). */
export function quotedContent(index: ArticleIndex, q: Quote): Content | null {
  let end = q.contentEnd;
  while (end > q.contentStart && /[\s,;]/.test(index.text[end - 1] ?? "")) end -= 1;
  let start = q.contentStart;
  while (start < end && /\s/.test(index.text[start] ?? "")) start += 1;
  if (end <= start) return null;
  return { content: { text: index.text.slice(start, end), start, end }, kind: "direct" };
}

/** The clause between `from` and `to`, trimmed; null when nothing worth reporting is left. */
export function clauseContent(index: ArticleIndex, from: number, to: number): Content | null {
  const { text } = index;
  let start = from;
  let end = to;
  const lead = LEADING.exec(text.slice(start, end));
  if (lead !== null) start += lead[0].length;
  const dateline = DATELINE.exec(text.slice(start, end));
  if (dateline !== null) start += dateline[0].length;
  const trail = TRAILING.exec(text.slice(start, end));
  if (trail !== null) end -= trail[0].length;
  // A final period outside quotation marks belongs to the sentence, not to the reported words.
  if (/[.!?…]/.test(text[end - 1] ?? "") && !insideQuote(index, end - 1)) end -= 1;
  if (end <= start || !/\p{L}+\s+\p{L}+/u.test(text.slice(start, end))) return null;
  const whole = index.quotes.find((q) => q.start === start && q.end >= end - 1);
  if (whole !== undefined) return quotedContent(index, whole);
  const quoted = index.quotes.some((q) => q.start < end && q.end > start);
  return { content: { text: text.slice(start, end), start, end }, kind: quoted ? "mixed" : "indirect" };
}

function insideQuote(index: ArticleIndex, offset: number): boolean {
  return index.quotes.some((q) => q.contentStart <= offset && offset < q.contentEnd);
}

/** A sentence that opens with a subordinate clause: "Though X called for …, Y restricted …". */
const SUBORDINATE_OPENING =
  /^["“]?(?:Though|Although|While|Whereas|If|When|Whenever|Because|Since|After|Before|Even if|Even though|Unless|Once|Until)\b/u;
/** The comma where the main clause takes over: a subject (a pronoun, a determiner, a name) after it. */
const MAIN_CLAUSE_COMMA =
  /,\s+(?:(?:he|she|it|they|we|I|there|this|that|his|her|their|its|the|a|an)\b|\p{Lu})/gu;

/**
 * Where content after its cue ends when the cue sits in a sentence's opening subordinate clause: at the comma before
 * the main clause ("If he has questions about X, voters should know …": "X"). PolNeAR train stops there 230 times
 * and runs on 33. `end` when there is no such comma inside the content.
 */
export function subordinateClauseEnd(
  text: string,
  sentence: { readonly start: number; readonly end: number },
  cueEnd: number,
  start: number,
  end: number,
): number {
  if (start < cueEnd || !SUBORDINATE_OPENING.test(text.slice(sentence.start, cueEnd))) return end;
  MAIN_CLAUSE_COMMA.lastIndex = 0;
  const m = MAIN_CLAUSE_COMMA.exec(text.slice(start, end));
  return m === null || m.index === 0 ? end : start + m.index;
}

/**
 * Where content after its cue ends at the latest: at the end of the sentence it starts in, unless a quotation runs
 * on across that end (“… under wraps.” Hillary Clinton was headed … is two sentences, one of them reported), and
 * without a final "?" or "!" outside quotation marks (the sentence's, not the reported words'). On PolNeAR dev exact
 * content F1 53.8 -> 54.2 (train 55.4 -> 55.6).
 */
export function reportedSentenceEnd(index: ArticleIndex, start: number, end: number): number {
  const { text } = index;
  let out = end;
  const s = index.sentences.find((x) => x.start <= start && start < x.end);
  if (s !== undefined && s.end < out && !index.quotes.some((q) => q.start < s.end && q.end > s.end)) {
    out = s.end;
    while (out > start && /[\s.!?]/u.test(text[out - 1] ?? "")) out--;
  }
  if (/[?!]/u.test(text[out - 1] ?? "") && !index.quotes.some((q) => q.contentStart < out && q.end >= out))
    out--;
  return out;
}

/** A few words and a comma or colon, then a quotation mark: the object or adjunct before quoted words. */
const OBJECT_BEFORE_QUOTE = /^[^,;:“”"]{1,40}[,:]\s*(?=[“"]|'')/u;

/**
 * Where content right after its cue starts: at the quotation mark when an object or adjunct and a comma come first
 * ("asking her, “I just want to know …”", "says of Clinton, “If she …”"). PolNeAR dev and train exact content F1
 * +0.1 each; starting at "that"/"to" after the object of "told", "warned", … instead cost 0.1.
 */
export function quotedStart(text: string, start: number, end: number): number {
  const m = OBJECT_BEFORE_QUOTE.exec(text.slice(start, end));
  return m === null ? start : start + m[0].length;
}
