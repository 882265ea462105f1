/**
 * @module The events a statement's words speak of: those inside them (and a topic fronted before the speaker), and
 * the one a question put to the speaker (or a report the speaker denies, or a transcript's question turn) names before
 * them, when the words name it again, answer it shortly, or take a position on it without naming any; words found
 * inside such a question are nobody's, and so are a statement that only reports the question or a refusal to answer.
 */
import { isAskingTurn, isTurnCue } from "../attribution/labelled-turns.ts";
import type { NewsEvent, Statement } from "../core/records.ts";
import { frameWordAt } from "../events/event-finder.ts";
import { classifyStance } from "./stance-classifier.ts";

const NEXT_SENTENCE_ANSWER = /^[^.!?]*[.?]\s*["“„«]?\s*$/u;
const SHORT_ANSWER =
  /^\W*(?:(?:no|yes|never|perhaps|maybe)\s*[.,!;]|not\s+(?:while|until|before|now|yet|unless|if|as\s+long\s+as)\b|nothing\s+(?:of\s+the\s+kind|like\s+that)\b|it\s+is\s+(?:now\s+)?(?:possible|impossible|not\s+possible|unlikely|likely|premature|too\s+early)\b|(?:there\s+(?:is|are)|(?:the\s+)?[\p{L}]+\s+(?:has|have))\s+no\s+(?:such\s+)?plans?\b)/iu;
// "Asked whether …", "She also denied a report that …": the words after answer it
const ASKED =
  /\b(?:asked|questioned|whether|(?:denied|dismissed|rejected)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:reports?|claims?|suggestions?|rumou?rs?))\b/iu;
const SENTENCE_END = /[.!?]["”’]?\s/;

/**
 * The events the words speak of: those inside them, and one named earlier in the same sentence, in a question put
 * to the speaker, that the words name again ("Asked whether the call would lead to a meeting between A and B, she
 * said such a meeting could take place …": the sentence's one meeting event stands at its first mention, in the
 * question), placed at the words' own mention. An event inside another statement's words is that statement's.
 */
export function eventsIn(
  text: string,
  statement: Statement,
  events: readonly NewsEvent[],
  statements: readonly Statement[],
): NewsEvent[] {
  const { content } = statement;
  const out = events.filter((e) => e.start >= content.start && e.end <= content.end);
  const fronted = frontedTopic(text, statement);
  if (fronted !== null)
    for (const e of events)
      if (e.start >= fronted && e.end <= (statement.speaker?.start ?? 0))
        out.push({ ...e, start: content.start, end: content.start + 1 });
  let answered: NewsEvent | null = null;
  for (const e of questionEvents(text, statement, events, statements)) {
    // a short answer ("Not while the strike goes on.", "No.") speaks of the question's event without naming it: its
    // first ("would fly to X for the opening of the talks": the flight)
    const named = frameWordAt(content.text, e.frame);
    if (named >= 0) out.push({ ...e, start: content.start + named, end: content.start + named + 1 });
    else if (SHORT_ANSWER.test(content.text) && (answered === null || e.start < answered.start)) answered = e;
  }
  if (answered !== null) out.push({ ...answered, start: content.start, end: content.start + 1 });
  return out;
}

/**
 * "The exchange, she said, “will happen”": a short noun phrase opening the sentence before the speaker is the words'
 * topic ("Asked about a visit, X said …" is not: the question is someone else's).
 */
const FRONTED =
  /(?:^|[.!?]["”’]?\s+|\n\s*)["“]?((?:The|A|An|This|That|Such|Any|Another|Our|Their|His|Her|Its|Every|No)\s[^,.;:!?“”"\n]{2,60}),\s*$/u;

function frontedTopic(text: string, statement: Statement): number | null {
  const { speaker, cue, content } = statement;
  if (speaker === null || content.start < cue.end || speaker.end > cue.start) return null;
  const before = text.slice(Math.max(0, speaker.start - 70), speaker.start);
  const m = FRONTED.exec(before);
  if (m === null) return null;
  return speaker.start - m[0].length + m[0].indexOf(m[1] as string);
}

/**
 * The event of the question put to the speaker, for an answer that names none but takes a position ("Asked about
 * sanctions, she said: “Today I would not put money on it”"): the question's first event, or null.
 */
export function askedEvent(
  text: string,
  statement: Statement,
  events: readonly NewsEvent[],
  statements: readonly Statement[],
): NewsEvent | null {
  if (classifyStance(statement.content.text) === null) return null;
  const [first] = questionEvents(text, statement, events, statements);
  return first === undefined
    ? null
    : { ...first, start: statement.content.start, end: statement.content.start + 1 };
}

/** Events named shortly before the words, in a question put to the speaker (or a report the speaker denies). */
function questionEvents(
  text: string,
  statement: Statement,
  events: readonly NewsEvent[],
  statements: readonly Statement[],
): NewsEvent[] {
  const { content } = statement;
  const turn = askingTurn(text, statement);
  return events.filter((e) => {
    // a transcript's answer: the question is the turn before it
    if (turn !== null) return e.start >= turn.start && e.end <= turn.end;
    if (e.end > content.start || content.start - e.end >= 300) return false;
    // the answer opens the next sentence: "… was asked whether X would call Y. “Nothing of the kind,” he said."
    const gap = text.slice(e.end, content.start);
    if (SENTENCE_END.test(gap) && !NEXT_SENTENCE_ANSWER.test(gap)) return false;
    const lead =
      text
        .slice(Math.max(0, e.start - 120), e.start)
        .split(SENTENCE_END)
        .at(-1) ?? "";
    // the question itself ("Asked whether …", nobody's words) does not own it
    // (the speaker's own denial of a report: "She denied a report that X would fly to Y. “No such plan,” she said")
    const owned = statements.some(
      (s) =>
        s.speaker !== null &&
        !inQuestion(text, s) &&
        s.speaker.name !== statement.speaker?.name &&
        e.start >= s.content.start &&
        e.end <= s.content.end,
    );
    return ASKED.test(lead) && !owned;
  });
}

/** The question before a transcript's answer ("Q: … ?" then "MINISTER X: …"): the paragraph before it, if it asks. */
function askingTurn(text: string, statement: Statement): { start: number; end: number } | null {
  if (!isTurnCue(text, statement.cue)) return null;
  // the turn's label opens its line: the question ends before that line
  const line = text.lastIndexOf("\n", statement.cue.start) + 1;
  const from = Math.max(0, line - 600);
  const before = text.slice(from, line).trimEnd();
  if (!/\?["”]?$/u.test(before)) return null;
  return { start: from + before.lastIndexOf("\n") + 1, end: from + before.length };
}

/**
 * "Asked whether Beiramar would agree to a ceasefire, …": words found inside a question put to someone are nobody's,
 * and so are an interviewer's turns.
 */
export function inQuestion(text: string, statement: Statement): boolean {
  if (isAskingTurn(text, statement.cue)) return true;
  const clause =
    text
      .slice(Math.max(0, statement.cue.start - 200), statement.cue.start)
      .split(SENTENCE_END)
      .at(-1) ?? "";
  return IN_QUESTION.test(clause);
}
const IN_QUESTION = /\b(?:asked|questioned)\b[^,;:]*\b(?:whether|if)\b[^,;:"“”]*$/iu;

/** "X did not answer a question on whether …": the words are the question's, the speaker took no position. */
const NO_ANSWER =
  /\b(?:did\s*n[o']t|declined\s+to|refused\s+to|would\s*n[o']t)\s+(?:answer|comment|say|respond|reply)\b/iu;
/** "X, asked whether a meeting was planned, said …": the question put to X is not X's position. */
export const questionOnly = (s: Statement): boolean =>
  NO_ANSWER.test(s.cue.text) ||
  (/^(?:was\s+|when\s+)?asked$/iu.test(s.cue.text) &&
    /^(?:whether|if|about|how|why|when|what)\b/iu.test(s.content.text));
