/**
 * @module Event mentions (talks, meetings, exchanges, ceasefires, visits, calls …) with their frame, participants
 * and date. One event per frame per sentence: a sentence that says "meeting" twice describes one meeting.
 */
import type { Entity, NewsEvent, Sentence, Span, Timex } from "../core/records.ts";
import { isLeaderRole } from "../language/roles.ts";
import { EVENT_FRAMES, GATHERING_FRAMES } from "./event-frames.ts";
import { findParticipants, personMentions, ROLE_WORDS, roleHolder, roleHolders } from "./participants.ts";
import { atResidence, residences } from "./residence.ts";

/** Dates an event mention; the time stage provides it (same-sentence DATE timex near the span). */
export type SpanDater = (span: Span, text: string, timexes: readonly Timex[]) => string | null;

// Whole words only. The start is checked after a match (see wordMatch), not by a leading lookbehind: the engine can
// then skip ahead to the words' first letters, which takes a third less time over news text.
const wordsPattern = (sources: readonly string[]) =>
  new RegExp(`(?:${sources.join("|")})(?![\\p{L}])`, "giu");

const LETTER_BEFORE = /[\p{L}-]$/u;

const SIMILE_BEFORE = /\blike\s+(?:an?|some)\s+(?:[\p{L}-]+\s+)?$/iu;

/** The next match of a wordsPattern from its lastIndex that starts a word (no letter or hyphen before it). */
function wordMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index === 0 || !LETTER_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) return m;
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

/** The first match of a wordsPattern in `text` that starts a word. */
function firstWord(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  const first = wordMatch(pattern, text);
  // "If those tariffs come in, a ban on their dairy will follow": a sentence opened by its condition names its own
  // event after the condition's comma
  if (first !== null && LEADING_CONDITION.test(text.slice(0, first.index))) {
    const comma = text.indexOf(",", first.index);
    if (comma > 0) {
      pattern.lastIndex = comma;
      const main = wordMatch(pattern, text);
      if (main !== null) return main;
    }
  }
  return first;
}

const LEADING_CONDITION = /^[\s"“'‘]*(?:if|unless|once|when|until|should)\s[^,;]*$/iu;

const TITLE_WORDS = "(?:President|Prime|Premier|Minister|Chancellor|King|Queen|Emir|Sheikh|Mr|Mrs|Ms|Dr)";

const COMPILED = EVENT_FRAMES.map((f) => ({
  frame: f.frame,
  pattern: wordsPattern(f.triggers),
  bare: f.bare ? wordsPattern(f.bare) : null,
  bareContext: f.bareContext ? new RegExp(f.bareContext, "iu") : null,
  withPerson: f.withPerson ? wordsPattern(f.withPerson) : null,
  // "going to Sarykent": the place's capital letter is read case-sensitively
  // (a person's title is no place: "the call will go to President Baek")
  toPlace: f.toPlace
    ? new RegExp(`(?<![\\p{L}-])(?:${f.toPlace.join("|")})(?= \\p{Lu})(?! ${TITLE_WORDS}\\b)`, "gu")
    : null,
}));

/** Where `words` name `frame` by one of its triggers or short words ("such a meeting" → "meeting"), or -1. */
export function frameWordAt(words: string, frame: string): number {
  const compiled = COMPILED.find((f) => f.frame === frame);
  if (!compiled) return -1;
  const named = firstWord(compiled.pattern, words)?.index;
  if (named !== undefined || compiled.bare === null) return named ?? -1;
  // the words answer a question that named the frame: its short words name it ("I will not call him")
  return firstWord(compiled.bare, words)?.index ?? -1;
}

// "to see Prime Minister Lina Haske", "host his counterpart Lina Haske", "receive Osk's President Ivo Lund": the
// person within a few words, not "Haske's"
const PERSON_OBJECT_GAP = /^\s+["”“]?\s*(?:[\p{L}.'’-]+\s+){0,3}$/u;

// "will host his counterpart in Tashgul": the other leader, unnamed
const COUNTERPART = /^\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+)?counterparts?\b(?!\s*,?\s*\p{Lu})/u;

const ROLE_OBJECT = /^\s+(?:by\s+)?(?:the|their|our)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u;

/**
 * A verb of `withPerson` whose object is a named person (the trigger and that person), or "his counterpart"
 * unnamed (`counterpart`: the pair the article last named), or null.
 */
function personObject(
  text: string,
  sentence: Sentence,
  verb: RegExp,
  persons: readonly { start: number; end: number; name: string }[],
  roles: ReadonlyMap<string, string>,
): { span: Span; counterpart: boolean } | null {
  const slice = text.slice(sentence.start, sentence.end);
  verb.lastIndex = 0;
  for (let m = wordMatch(verb, slice); m; m = wordMatch(verb, slice)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    const after = text.slice(span.end, sentence.end);
    // "his counterpart", or "receive her": the one the article last named gathering
    if (COUNTERPART.test(after) || /^\s+(?:him|her)\b/i.test(after)) return { span, counterpart: true };
    // "has agreed to see me": the speaker is the object
    if (/^\s+me\b/i.test(after)) return { span, counterpart: false };
    // "I will see the prime minister": the one person the article gives that role
    const role = ROLE_OBJECT.exec(after);
    if (role && roleHolder(roles, role)) return { span, counterpart: false };
    const object = persons.find((p) => p.start >= span.end && p.end <= sentence.end);
    if (!object || !PERSON_OBJECT_GAP.test(` ${text.slice(span.end, object.start)}`)) continue;
    // not "Haske's" but "shake Haske's hand"
    const possessed = text.slice(object.end, object.end + 9);
    if (/^['’]s\b/.test(possessed) && !/^['’]s\s+hand\b/.test(possessed)) continue;
    return { span, counterpart: false };
  }
  return null;
}

/**
 * "Asked whether X would pay for the election, the general replied: “The vote … will take place”": the quoted answer
 * after the colon is a sentence of its own here, so its event is found beside the question's.
 */
function withAnswers(sentences: readonly Sentence[], text: string): Sentence[] {
  return sentences.flatMap((s) => {
    const slice = text.slice(s.start, s.end);
    const colon = slice.includes(":") ? ANSWER_COLON.exec(slice) : null;
    if (colon === null) return [s];
    const at = s.start + colon.index + 1;
    const answer = { ...s, start: at };
    ANSWERS.add(answer);
    return [{ ...s, end: at }, answer];
  });
}
/**
 * "Berhanu, who leads the delegation in the negotiations, said the second round of talks would follow …": where a
 * statement's words open inside a sentence and a frame is named both before and within them, the words are a piece
 * of their own, so the frame's event in them is found too (one event per frame per piece).
 */
function atContents(sentences: readonly Sentence[], text: string, contents: readonly Span[]): Sentence[] {
  if (contents.length === 0) return [...sentences];
  return sentences.flatMap((s) => {
    const at = contents.find((c) => c.start > s.start && c.start < s.end)?.start;
    if (at === undefined) return [s];
    const before = text.slice(s.start, at);
    const within = text.slice(at, s.end);
    if (!COMPILED.some(({ pattern }) => firstWord(pattern, before) && firstWord(pattern, within))) return [s];
    const tail = { ...s, start: at };
    if (ANSWERS.has(s)) ANSWERS.add(tail);
    return [{ ...s, end: at }, tail];
  });
}

/** The answers withAnswers split off (a weak set: they live as long as one article's extraction). */
const ANSWERS = new WeakSet<Sentence>();
const ANSWER_COLON = /(?<=\b(?:replied|answered|responded|said|told\s+(?:\p{L}+\s+){0,3}))\s*:\s*["“«„]/u;

export function extractEvents(
  text: string,
  allSentences: readonly Sentence[],
  entities: readonly Entity[],
  timexes: readonly Timex[],
  dateOf: SpanDater,
  contents: readonly Span[] = [],
): NewsEvent[] {
  const persons = personMentions(entities);
  const roles = roleHolders(entities);
  const leaders = leaderPair(entities);
  const lastByFrame = new Map<string, readonly string[]>();
  const houses = residences(text, allSentences, persons, roles);
  const events: NewsEvent[] = [];
  const sentences = atContents(withAnswers(allSentences, text), text, contents);
  // each sentence's first trigger of each frame, found once: it also says which frames the article names
  const slices = sentences.map((sentence) => text.slice(sentence.start, sentence.end));
  const triggers = slices.map((slice) => COMPILED.map(({ pattern }) => firstWord(pattern, slice)));
  const named = new Set(
    COMPILED.filter((f, j) => triggers.some((t) => t[j] != null) || f.bareContext?.test(text)).map(
      (f) => f.frame,
    ),
  );
  for (const [i, sentence] of sentences.entries()) {
    const slice = slices[i] ?? "";
    // an answer's event of the frame its question names is the question's ("… call him?" “I will not call him”)
    const asked = ANSWERS.has(sentence)
      ? new Set(events.filter((e) => e.start >= (sentences[i - 1]?.start ?? 0)).map((e) => e.frame))
      : null;
    for (const [j, { frame, bare, withPerson, toPlace }] of COMPILED.entries()) {
      if (asked?.has(frame)) continue;
      let match = triggers[i]?.[j] ?? null;
      if (!match && bare && named.has(frame)) {
        match = firstWord(bare, slice);
      }
      if (!match && toPlace) {
        toPlace.lastIndex = 0;
        match = toPlace.exec(slice);
      }
      const object = match ? null : withPerson && personObject(text, sentence, withPerson, persons, roles);
      const trigger = match
        ? { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length }
        : object?.span;
      if (!trigger) continue;
      // "cold and useful, like a visit to a good dentist": a simile names no event
      if (SIMILE_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start)))
        continue;
      const found = findParticipants(text, sentence, trigger, persons, roles, !match);
      let participants: readonly string[] = found.names;
      // "welcome President X to Y": the guest travels, not the host (also when "visit" names the trip)
      const welcome =
        frame === "visit" && withPerson
          ? (object ??
            (participants.length === 0 ? personObject(text, sentence, withPerson, persons, roles) : null))
          : null;
      if (welcome) {
        const guest = persons.find((p) => p.start >= welcome.span.end && p.end <= sentence.end);
        participants = guest ? [guest.name] : [];
      }
      // "President X will pay a state visit to Y": the traveller is the subject before the verb
      if (frame === "visit" && participants.length === 0)
        participants = travellerBefore(text, trigger, persons, roles);
      // "the two leaders spoke by phone" after their meeting: the pair last named gathering, whatever the frame
      // "I called him": the one the article last named gathering with the speaker
      // "We talked for ninety minutes": the pair the article named gathering
      const pronoun =
        found.names.length === 0 &&
        (/\b(?:him|her)$/i.test(text.slice(trigger.start, trigger.end)) ||
          /^\s+(?:him|her|his\s+hand|her\s+hand)\b/i.test(text.slice(trigger.end, trigger.end + 10)) ||
          (GATHERING_FRAMES.has(frame) &&
            /\b(?:we|they)\s+$/i.test(text.slice(trigger.start - 6, trigger.start))));
      if (found.anaphoric || pronoun || (object?.counterpart && found.names.length < 2)) {
        // with none named before: the article's two leaders ("a meeting of the presidents")
        // "the two presidents will hold talks": the pair, whatever the frame
        const pair =
          GATHERING_FRAMES.has(frame) || found.leaders ? (lastByFrame.get(GATHERING) ?? leaders) : undefined;
        participants = lastByFrame.get(frame) ?? pair ?? [];
      }
      // "her husband and she sat down on the bench": a reciprocal verb with nobody named is no meeting
      if (participants.length === 0 && RECIPROCAL.test(text.slice(trigger.start, trigger.end))) continue;
      // "sit down with the company": the sides of labour talks are no one's meeting
      if (frame === "talks" && /\bwith$/iu.test(text.slice(trigger.start, trigger.end))) participants = [];
      if (participants.length >= 2) lastByFrame.set(frame, participants);
      if (participants.length >= 2 && GATHERING_FRAMES.has(frame)) lastByFrame.set(GATHERING, participants);
      events.push({
        id: `v${events.length + 1}`,
        text: text.slice(trigger.start, trigger.end),
        ...trigger,
        // "will hold talks with President X": talks with a named person are a meeting; talks between countries
        // or delegations have no one named
        frame: frame === "talks" && participants.length > 0 ? "meeting" : frame,
        date: dateOf(trigger, text, timexes),
        participants,
      });
    }
    // "I will be at Lyngård on Tuesday", Lyngård being the prime minister's residence: a meeting with him
    const met = events.some((e) => e.frame === "meeting" && e.start >= sentence.start);
    const house = houses.length === 0 || met ? null : atResidence(slice, sentence.start, houses);
    if (house)
      events.push({
        id: `v${events.length + 1}`,
        text: text.slice(house.span.start, house.span.end),
        ...house.span,
        frame: "meeting",
        date: dateOf(house.span, text, timexes),
        participants: [house.owner],
      });
  }
  return withArticleParticipants(text, events);
}

// "The President will travel": a role and the lower-case words up to the visit's
const ROLE_TRAVELLER = new RegExp(String.raw`${ROLE_WORDS}\s+(?:[\p{Ll}'’-]+\s+){1,6}$`, "u");
const TRAVELLER_BY =
  /^\s+by\s+(?:the\s+)?(?:([\p{L}-]+)\s+(?:([\p{L}-]+)\s+)?)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}to\b/u;
// "President X of Vardania will pay a state visit": his country may stand between
const TRAVEL_GAP = /^\s+(?:(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+)?(?:[\p{Ll}'’-]+\s+){0,6}$/u;

/** The person named right before a visit's words, with only lower-case words between ("X will pay a state visit"). */
function travellerBefore(
  text: string,
  trigger: Span,
  persons: readonly { start: number; end: number; name: string }[],
  roles: ReadonlyMap<string, string>,
): string[] {
  const before = persons.filter((p) => p.end <= trigger.start && trigger.start - p.end < 60).at(-1);
  if (before && TRAVEL_GAP.test(text.slice(before.end, trigger.start))) return [before.name];
  // "a trip by President X to Y", "a trip by the President to Y"
  const by = TRAVELLER_BY.exec(text.slice(trigger.end, trigger.end + 60));
  if (by) {
    const named = persons.find((p) => p.start >= trigger.end && p.start < trigger.end + by[0].length);
    const holder = named?.name ?? roleHolder(roles, by);
    if (holder) return [holder];
  }
  // "The President will travel to X": the one person the article gives that role
  const role = ROLE_TRAVELLER.exec(text.slice(Math.max(0, trigger.start - 70), trigger.start));
  const holder = role === null ? null : roleHolder(roles, role);
  return holder === null ? [] : [holder];
}

const HEAD_OF_STATE = /\b(?:president|prime\s+minister|premier|chancellor|king|queen|emir|sultan)$/iu;

/** The article's two heads of state or government (not a party's leader), when it names exactly two. */
function leaderPair(entities: readonly Entity[]): readonly string[] | undefined {
  const names = entities
    .filter((e) => e.type === "person" && e.roles.some((r) => isLeaderRole(r) && HEAD_OF_STATE.test(r)))
    .map((e) => e.name);
  return names.length === 2 ? names.sort() : undefined;
}

const RECIPROCAL = /^(?:sit|sits|sat) down$/i;
const GATHERING = "(gathering)";

/** Frames that are about a thing, not a gathering of named people ("a ceasefire", "new sanctions"). */
const UNNAMED_FRAMES = new Set(["ceasefire", "sanctions", "prisoner-exchange", "agreement", "election"]);
const OTHER_BEFORE = /\b(?:bilateral|many|several|other|separate|various|numerous)\s+(?:[\p{L}-]+\s+)?$/iu;
const RELATION_AFTER = /^\s*(?:between|with|of|involving|among)\b/i;

/**
 * "A meeting before the terms are finalized is impossible" in an article about one Kastrin–Dorovskiy meeting is
 * that meeting: a bare mention of a frame takes the participants of the article's only named instance of it. A
 * mention with its own relation ("a meeting between officials") or an article naming two different meetings
 * keeps no participants.
 */
function withArticleParticipants(text: string, events: readonly NewsEvent[]): NewsEvent[] {
  const sets = new Map<string, Set<string>>();
  for (const e of events) {
    if (e.participants.length < 2) continue;
    const set = sets.get(e.frame) ?? new Set<string>();
    set.add(e.participants.join("|"));
    sets.set(e.frame, set);
  }
  return events.map((e) => {
    const only = sets.get(e.frame);
    if (e.participants.length > 0 || UNNAMED_FRAMES.has(e.frame) || only?.size !== 1) return e;
    if (RELATION_AFTER.test(text.slice(e.end, e.end + 20))) return e;
    // "many bilateral meetings on the sidelines": other meetings, not the one the article is about
    if (
      /(?:meetings|summits)$/i.test(e.text) ||
      OTHER_BEFORE.test(text.slice(Math.max(0, e.start - 30), e.start))
    )
      return e;
    const [names] = [...only];
    return names ? { ...e, participants: names.split("|") } : e;
  });
}
