/**
 * @module Words that name no event but stand under the sentence that does. A report's lead states the event and
 * the quote below it speaks of it ("Oruzan and Tenghar exchanged six guards on Tuesday. “Six came home, four went
 * home,” the minister told reporters"); so do a speaker's own words after his summary ("X said the two sides had
 * agreed to an exchange. “Our men will be home within a month,” he added"). The words' stance then comes from their
 * cue or, failing one, their tense.
 */
import type { NewsEvent, StanceValue, Statement } from "../core/records.ts";

/** How far back the sentence before may start. */
const REACH = 500;
const SENTENCE_END = /[.!?]["”’»]?(?=\s)/gu;

/**
 * Words that speak of a frame's event without naming it (data): people coming home speak of an exchange,
 * signatures of an agreement, silent guns of a ceasefire. Words carry an event only when they hint at its frame.
 */
const FRAME_HINTS: Readonly<Record<string, RegExp>> = {
  "prisoner-exchange":
    /\b(?:(?:come|came|coming|go|went|going|be|are|were|is)\s+(?:back\s+)?home|bring(?:ing)?\s+(?:them|\p{L}+)\s+home|brought\s+(?:them\s+)?home|cross(?:ed|es|ing)?\s+(?:the\s+)?(?:\p{L}+\s+)?bridge|(?:our|their)\s+(?:\p{L}+\s+)?(?:men|boys|sailors|seamen|fishermen|soldiers|guards|prisoners|captives|detainees|crews?)\b)/iu,
  agreement: /\b(?:signatures?|sign(?:ed|ing)?|the\s+text|the\s+document|initial(?:l)?ed|ink)\b/iu,
  ceasefire: /\b(?:guns|shots?|shooting|shelling|firing|fire|silent|silence)\b/iu,
  talks: /\b(?:sit\s+down|sat\s+down|(?:same|one)\s+table|delegations?|negotiators|round)\b/iu,
  meeting: /\b(?:sit\s+down|sat\s+down|face\s+to\s+face|shake\s+(?:\p{L}+\s+)?hands?|shook\s+hands)\b/iu,
  election: /\b(?:vote|voters|polls?|ballots?|campaign)\b/iu,
  sanctions: /\b(?:measures|penalties|restrictions)\b/iu,
};

/**
 * The event of the sentence just before the statement (a paragraph break between them at most) that the words hint
 * at, when that sentence names one such event outside another person's words ("Kalydra agreed to exchange the
 * seamen" is narrative); null otherwise.
 */
export function carriedEvent(
  text: string,
  statement: Statement,
  events: readonly NewsEvent[],
  statements: readonly Statement[],
  persons: ReadonlySet<string>,
): NewsEvent | null {
  const anchor = Math.min(statement.content.start, statement.cue.start, statement.speaker?.start ?? Infinity);
  const from = Math.max(0, anchor - REACH);
  const before = text.slice(from, anchor);
  const ends = [...before.matchAll(SENTENCE_END)].map((m) => from + (m.index ?? 0) + m[0].length);
  const ownStart = ends.at(-1);
  if (ownStart === undefined) return null;
  // "KORGALAN, Oct 20 — …": the first sentence of the text has no end before it
  const contextStart = ends.at(-2) ?? (from === 0 ? 0 : null);
  if (contextStart === null) return null;
  if ((text.slice(ownStart, anchor).match(/\n\s*\n/g) ?? []).length > 1) return null;
  const other = (e: NewsEvent) =>
    statements.some(
      (s) =>
        s !== statement &&
        s.speaker !== null &&
        s.speaker.name !== statement.speaker?.name &&
        persons.has(s.speaker.name) &&
        e.start >= s.content.start &&
        e.end <= s.content.end,
    );
  const words = statement.content.text;
  const found = events.filter(
    (e) => e.start >= contextStart && e.end <= ownStart && !other(e) && FRAME_HINTS[e.frame]?.test(words),
  );
  const keys = new Set(found.map((e) => `${e.frame}|${e.participants.join("|")}`));
  return keys.size === 1 ? (found[0] ?? null) : null;
}

const FUTURE =
  /\b(?:will|shall)\s+(?!not\b|never\b)(?:\p{L}+ly\s+)?\p{L}+|\b(?:we|they|he|she|it|I)'ll\s+\p{L}+|^\s*(?:from|as\s+of)\s+(?:midnight|noon|tomorrow|tonight|(?:next\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/iu;
const PAST =
  /\b(?:came|went|returned|arrived|crossed|ended|lasted|finished|(?:was|were)\s+(?:done|over)|(?:has|have)\s+(?:now\s+|finally\s+|just\s+|already\s+)?(?:signed|ended|returned|come\s+home|crossed))\b/iu;

/**
 * The stance the words' tense gives when no cue does: "will cross" is planned, "came home", "lasted three hours",
 * "we have signed" happened; whichever comes first.
 */
export function tenseStance(words: string): StanceValue | null {
  const future = FUTURE.exec(words);
  const past = PAST.exec(words);
  if (future === null) return past === null ? null : "happened";
  return past !== null && past.index < future.index ? "happened" : "planned";
}

/** How an event that its own words name went: "The meeting with the president on Tuesday lasted three hours". */
const COURSE =
  /^[^,;:.!?]{0,60}?\b(?:lasted|ended|went\s+(?:well|smoothly|badly|on)|(?:was|were)\s+(?:(?:very|rather|quite|extremely)\s+)?(?:productive|constructive|useful|frank|businesslike|cordial|tense|difficult|long|short|brief|friendly|positive|good))\b/iu;

/**
 * "the visit had been “the most useful day so far”": an event that was something took place, unless what it was is
 * a plan, a hope or a cancellation, or near ("the election was now only a matter of weeks").
 */
const WAS =
  /^[\p{L}-]*\s+(?:was|were|had\s+been|has\s+been)\s+(?!["“”‘’']?(?:not|never|no|off|on|being|to|also|still|due|now|only|just|imminent|near|close|closer|inevitable|a\s+(?:matter|question)\s+of|set|about|supposed|meant|intended|expected|scheduled|planned|possible|impossible|unlikely|likely|premature|postponed|put|pushed|delayed|deferred|cancell?ed|called|shelved|suspended|frozen|halted|scrapped|dropped|agreed|proposed|offered|discussed|announced|confirmed|rejected|ruled)\b)/iu;
/** What an event that its own words name will do: "the protocol will carry two signatures". */
const AHEAD =
  /^[\p{L}-]*(?:\s+(?:with|between|on|of)\s+[^,;:.!?]{0,40}?)?\s+["“”‘’']?will\s+(?!not\b|never\b)\p{L}+/iu;

export function courseStance(words: string, at: number): StanceValue | null {
  const rest = words.slice(at);
  if (COURSE.test(rest) || WAS.test(rest)) return "happened";
  return AHEAD.test(rest) ? "planned" : null;
}
