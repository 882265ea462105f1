/**
 * @module How far a statement's content reaches within its sentence once every statement is known: content before
 * its cue runs back to the sentence's start, a content after its cue that stops a few words short of the sentence's
 * end runs on to it, and the subject of "is expected to", "appeared to", … and the relative pronoun before a source
 * ("which he said …") are part of the content, when no other statement lies in between.
 */
import type { ArticleIndex } from "./article-index.ts";
import type { Attributed } from "./combine.ts";
import { DATELINE, reportedSentenceEnd } from "./content-span.ts";

/** How far (in characters) content after its cue may be carried on to its sentence's end. */
const TAIL_REACH = 45;

const EDGE = /[\s"“”‘’«»„‚‹›']/u;
const FINAL = /[\s.!?"“”‘’«»„‚‹›']/u;

export function reachClause(index: ArticleIndex, all: readonly Attributed[]): Attributed[] {
  const reached = all.map((f) => toSentenceEnd(index, toSentenceStart(index, f, all), all));
  return reached.map((f) => fromRelative(index, withSubject(index, f, reached), reached));
}

const between = (all: readonly Attributed[], f: Attributed, from: number, to: number): boolean =>
  all.some(
    (o) =>
      o !== f && ((o.cue.start < to && o.cue.end > from) || (o.content.start < to && o.content.end > from)),
  );

/**
 * "Clinton beats Trump by 46 percent to 42 percent, according to …": content before its cue starts where its
 * sentence does (past quotation marks), unless another statement's cue or content lies before it in the sentence.
 * The tagger often starts it a few words late; PolNeAR dev exact content F1 54.3 -> 54.9, train 55.7 -> 56.5.
 */
function toSentenceStart(index: ArticleIndex, f: Attributed, all: readonly Attributed[]): Attributed {
  if (f.content.end > f.cue.start) return f;
  const sentence = index.sentences.find((s) => s.start <= f.cue.start && f.cue.start < s.end);
  if (sentence === undefined || f.content.start <= sentence.start) return f;
  const { text } = index;
  let start = sentence.start;
  while (start < f.content.start && EDGE.test(text[start] ?? "")) start++;
  // a wire dateline ("VELL, 2 October (Nordpress) — ") opens the sentence but not the words
  start += DATELINE.exec(text.slice(start, f.content.start))?.[0].length ?? 0;
  if (start >= f.content.start || between(all, f, start, f.content.start)) return f;
  return { ...f, content: { text: text.slice(start, f.content.end), start, end: f.content.end } };
}

/**
 * Content after its cue that stops at most TAIL_REACH characters before its sentence's end runs on to it, unless
 * another statement lies in between. PolNeAR dev exact content F1 54.9 -> 55.2, train 56.5 -> 56.6; with no limit
 * it cost 0.2 on both (the tagger's earlier stops are mostly right).
 */
function toSentenceEnd(index: ArticleIndex, f: Attributed, all: readonly Attributed[]): Attributed {
  if (f.content.start < f.cue.end) return f;
  const sentence = index.sentences.find((s) => s.start <= f.content.start && f.content.start < s.end);
  if (sentence === undefined || f.content.end >= sentence.end) return f;
  const { text } = index;
  let end = sentence.end;
  while (end > f.content.end && FINAL.test(text[end - 1] ?? "")) end--;
  if (end <= f.content.end || end - f.content.end > TAIL_REACH || between(all, f, f.content.end, end))
    return f;
  end = reportedSentenceEnd(index, f.content.start, end);
  return { ...f, content: { text: text.slice(f.content.start, end), start: f.content.start, end } };
}

/** A cue in the passive or "appear"/"seem": "Trump is expected to", "appeared to", "was seen as". */
const PASSIVE =
  /^(?:(?:is|are|was|were|be|been|being|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|has been|have been|had been|will be|would be)\b|(?:\p{Ll}+ly\s+)?(?:appear|appears|appeared|seem|seems|seemed)\b)/iu;
/**
 * The last words of such cues whose subject PolNeAR train puts inside the content (content around the cue) far more
 * often than not: "expected" 63 times to 5, "seemed" 42 to 2, "appeared" 31 to 2, "as" 26 to 7, "seems" 20 to 7, …
 * ("about" 1 to 78, "for" 13 to 42 and "by" 3 to 35 go the other way).
 */
const RAISING = new Set([
  "expected",
  "seemed",
  "seem",
  "seems",
  "appears",
  "appeared",
  "appear",
  "seen",
  "considered",
  "declared",
  "as",
  "criticized",
  "shown",
  "called",
  "nominated",
]);
/** A relative pronoun opening the clause the cue is in: "…, which is expected to draw …". */
const RELATIVE_CLAUSE = /\b(?:which|who|that)\s+[^,;]*$/iu;

/**
 * "Trump is expected to deliver a victory speech": the subject is part of what is expected, so the content starts
 * where the sentence does (or at the relative pronoun of the cue's clause), and a source the tagger saw in the
 * subject goes. PolNeAR train exact F1 content 56.6 -> 56.9 and source 72.8 -> 72.9; dev unchanged.
 */
function withSubject(index: ArticleIndex, f: Attributed, all: readonly Attributed[]): Attributed {
  if (f.content.start < f.cue.end || !PASSIVE.test(f.cue.text)) return f;
  if (!RAISING.has(f.cue.text.toLowerCase().split(/\s+/).at(-1) ?? "")) return f;
  const sentence = index.sentences.find((s) => s.start <= f.cue.start && f.cue.start < s.end);
  if (sentence === undefined) return f;
  const { text } = index;
  const relative = RELATIVE_CLAUSE.exec(text.slice(sentence.start, f.cue.start));
  let start = sentence.start + (relative?.index ?? 0);
  while (start < f.cue.start && EDGE.test(text[start] ?? "")) start++;
  if (start >= f.cue.start || between(all, f, start, f.cue.start)) return f;
  const sp = f.speaker;
  const speaker = sp !== null && sp.start >= start && sp.end <= f.cue.start ? null : sp;
  return { ...f, speaker, content: { text: text.slice(start, f.content.end), start, end: f.content.end } };
}

/** "which", "who" or "whom" right before the source: "…, which he said the Mexican government should pay for". */
const RELATIVE_BEFORE = /\b(?:which|who|whom)\s+$/iu;

/**
 * "a wall, which he said Mexico should pay for": the relative pronoun is the object of what was said, and PolNeAR
 * starts the content with it (around the source and cue). Train exact content F1 56.9 -> 57.0, dev unchanged ("that"
 * as well cost 0.1 on both: it is mostly the complementiser of a statement around this one).
 */
function fromRelative(index: ArticleIndex, f: Attributed, all: readonly Attributed[]): Attributed {
  const sp = f.speaker;
  if (f.content.start < f.cue.end || sp === null || sp.end <= sp.start || sp.end > f.cue.start) return f;
  const { text } = index;
  const m = RELATIVE_BEFORE.exec(text.slice(Math.max(0, sp.start - 8), sp.start));
  if (m === null || /\S/u.test(text.slice(sp.end, f.cue.start))) return f;
  const start = sp.start - m[0].length;
  if (between(all, f, start, sp.start)) return f;
  return { ...f, content: { text: text.slice(start, f.content.end), start, end: f.content.end } };
}
