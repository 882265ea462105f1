/**
 * @module Stances: for each attributed statement that mentions an event frame, the speaker's position on that
 * proposition. Ids and names are per-article here; the corpus stage maps them to corpus-wide ones.
 */
import { isTurnCue } from "../attribution/labelled-turns.ts";
import type { Entity, NewsEvent, Stance, StanceValue, Statement } from "../core/records.ts";
import { GATHERING_FRAMES } from "../events/event-frames.ts";
import { isLeaderRole } from "../language/roles.ts";
import { askedEvent, eventsIn, inQuestion, questionOnly } from "./answers.ts";
import { cuePhrase, cueWords, refusedByCue, speechCue } from "./cue-words.ts";
import { joinedQuotes } from "./joined-quotes.ts";
import { classifyStance, findCondition, type StanceReading } from "./stance-classifier.ts";
import {
  articleEvent,
  carriedEvent,
  carriedReading,
  courseStance,
  talksTrip,
  unnamedMeeting,
  withArticleParticipants,
} from "./topic-carry.ts";
import { learnedStanceAt } from "./value-model.ts";

/** Frames that make sense without named participants ("a ceasefire", "new sanctions"). */
const OPEN_FRAMES = new Set([
  "ceasefire",
  "sanctions",
  "prisoner-exchange",
  "agreement",
  "talks",
  "election",
  "visit",
  "call",
]);

/**
 * @param fallbackDate the publication date, used when the text does not say when the words were said (a report
 * published on D carries words said on or before D).
 */
export function deriveStances(
  text: string,
  statements: readonly Statement[],
  events: readonly NewsEvent[],
  fallbackDate: string | null,
  entities: readonly Entity[] = [],
): Stance[] {
  const principal = principals(entities);
  const persons = new Set(entities.filter((e) => e.type === "person").map((e) => e.name));
  const stances: Stance[] = [];
  // the learned reading is the last resort, for a person's own words after a plain verb of saying: an organisation's
  // words, or words a cue acts on ("agreed a ceasefire", "asked to be received"), are read by their cues alone
  const learned = (statement: Statement, words: string, at: number) =>
    persons.has(statement.speaker?.name ?? "") && speechCue(text, statement)
      ? byStance(learnedStanceAt(words, at))
      : null;
  // the meetings each speaker has named so far: "a meeting" later in his words is the same one
  const named = new Map<string, readonly string[]>();
  for (const statement of joinedQuotes(text, statements)) {
    if (!statement.speaker || !namedHolder(statement.speaker) || questionOnly(statement)) continue;
    if (inQuestion(text, statement)) continue;
    const content = withRelativeTail(text, statement, statements);
    const inside = eventsIn(text, statement, events, statements);
    // "I will not set foot in X until he names an election date": an event only in the condition is not the topic
    const stated = findCondition(content.text);
    const topical = inside.filter((e) => !insideCondition(e.start - content.start, content.text, stated));
    // a transcript's answer speaks of its question before anything the article said earlier
    const turnAsked =
      topical.length === 0 && isTurnCue(text, statement.cue)
        ? askedEvent(text, statement, events, statements)
        : null;
    const carried =
      topical.length === 0 && turnAsked === null
        ? (carriedEvent(text, statement, events, statements, persons) ??
          articleEvent(statement, events, statements, persons, entities))
        : null;
    // "Asked whether he would visit X, he said he would go “when …”": the question's event, read as the words' own
    const asked =
      turnAsked ??
      (topical.length === 0 && carried === null ? askedEvent(text, statement, events, statements) : null);
    // proposition → its stance from this statement; a later reading replaces an earlier one: a quote that narrates
    // and then concludes ("I offered to meet him anywhere. … So a meeting is unlikely") holds its conclusion
    const seen = new Map<string, number>();
    const own = invertedNegation(text, statement, content.text);
    const first = stances.length;
    const guesses = new Set<number>();
    for (const found of carried !== null ? [carried] : asked !== null ? [asked] : inside) {
      const event = withArticleParticipants(
        earlierNamed(
          text,
          withSpeakerAsSubject(talksTrip(text, found, events), statement, principal),
          statement,
          named,
        ),
        statement,
        events,
        statements,
        persons,
        entities,
      );
      if (event.participants.length === 0 && !OPEN_FRAMES.has(event.frame) && !unnamedMeeting(text, event))
        continue;
      const key = `${event.frame}|${event.participants.join("|")}`;
      const prefix = `${cuePhrase(text, statement)} `;
      const at = event.start - content.start;
      const ruled =
        carried === null
          ? (classifyStance(`${prefix}${own.words}`, prefix.length + at + own.shift) ??
            byStance(courseStance(content.text, at)))
          : carriedReading(`${prefix}${own.words}`, own.words);
      const vote = calledVote(statement, event, at);
      const guess =
        vote === null && ruled === null && carried === null ? learned(statement, content.text, at) : null;
      const reading =
        vote ??
        withNextCondition(
          refusedByCue(cueWords(text, statement), ruled ?? guess),
          text,
          statement,
          statements,
        );
      // "could be signed within days, if the guarantee goes into the merger contract": the merger is the condition's
      const condition = reading?.condition ?? stated;
      // (a question's event stands at the answer's first word, where a condition may open: "When X, I will go")
      if (!reading || (carried === null && found !== asked && insideCondition(at, content.text, condition)))
        continue;
      if (carried === null && CAUSE_BEFORE.test(content.text.slice(Math.max(0, at - 40), Math.max(0, at))))
        continue;
      // "… is possible.” “But it is possible on condition that …”: the stance before already took its condition
      // from these words
      const last = stances.at(-1);
      if (carried !== null && last?.condition && content.text.includes(last.condition)) continue;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        // a learned reading does not replace one read before
        if (guess !== null) continue;
        guesses.delete(earlier);
        const { learned: _, ...before } = stances[earlier] as Stance;
        stances[earlier] = { ...before, stance: reading.stance, condition: reading.condition };
        continue;
      }
      if (guess !== null) guesses.add(stances.length);
      seen.set(key, stances.length);
      if (event.participants.length >= 2) {
        named.set(`${statement.speaker.name}|${event.frame}`, event.participants);
        named.set(`|${event.frame}`, event.participants);
      }
      stances.push({
        id: `${statement.id}.t${seen.size}`,
        statementId: evidenceOf(statement, event, statements),
        holder: statement.speaker.name,
        proposition: { event: event.frame, participants: ownTrip(event, statement.speaker.name) },
        stance: reading.stance,
        condition: reading.condition,
        date: saidBy(statement.date, fallbackDate),
        ...(guess !== null ? { learned: true as const } : {}),
      });
    }
    // learned readings stand only in words the rules read nothing from
    if (guesses.size > 0 && guesses.size < stances.length - first)
      for (const i of [...guesses].sort((a, b) => b - a)) stances.splice(i, 1);
  }
  return stances;
}

/**
 * “There will be no exchange,” X said, “while …”: the part of a split quote that names the event is its evidence,
 * unless that part is the event's name alone (“The exchange,” X said, “will not take place …”).
 */
function evidenceOf(joined: Statement, event: NewsEvent, statements: readonly Statement[]): string {
  const part = statements.find(
    (s) => s.cue.start === joined.cue.start && s.content.start <= event.start && event.start < s.content.end,
  );
  return part === undefined || part.content.text.trim().split(/\s+/u).length <= 3 ? joined.id : part.id;
}

/** "I will travel to Vell": a visit whose one traveller is the speaker names no one else. */
const ownTrip = (event: NewsEvent, speaker: string): string[] =>
  event.frame === "visit" && event.participants.length === 1 && event.participants[0] === speaker
    ? []
    : [...event.participants];

/** "X has called an early parliamentary election for 16 December": a vote called is planned (not one described). */
function calledVote(statement: Statement, event: NewsEvent, at: number): StanceReading | null {
  if (event.frame !== "election" || !/^(?:has\s+|had\s+)?called$/iu.test(statement.cue.text)) return null;
  const after = statement.content.text.slice(at + event.end - event.start);
  return at <= 40 && !/[.;!?]/u.test(statement.content.text.slice(0, at)) && !DESCRIBED.test(after)
    ? { stance: "planned", condition: null }
    : null;
}

/** 'called an election "the last thing farmers need"', 'called an election a gamble': a name given, not a vote. */
const DESCRIBED = /^\s*(?:["“‘]|(?:a|an|the|his|her|their)\s+(?!(?:for|on|in)\b))/iu;

const byStance = (stance: StanceValue | null): StanceReading | null =>
  stance === null ? null : { stance, condition: null };

const NOUN_BEFORE = /\b(?:a|an|the|such|this|that|any|one)\s+(?:[\p{L}-]+\s+)?$/iu;
const SUCH_BEFORE = /\b(?:such(?:\s+an?)?|this|that|the\s+proposed)\s+$/iu;
const OWN_RELATION = /^\s*(?:between|with|of|involving|among)\b/i;
const TWO_OF = /^\s*(?:between|of)\s+the\s+two\s+(?:leaders|presidents|heads\s+of\s+state|men|women)\b/i;

/** A bare "a meeting" in words of a speaker who has already named the meeting's participants in this article. */
function earlierNamed(
  text: string,
  event: NewsEvent,
  statement: Statement,
  named: ReadonlyMap<string, readonly string[]>,
): NewsEvent {
  if (event.participants.length > 0 || !GATHERING_FRAMES.has(event.frame) || /s$/i.test(event.text))
    return event;
  const relation = text.slice(event.end, event.end + 40);
  // "a meeting of the two leaders": the pair the article's last stance on such a meeting named
  if (TWO_OF.test(relation)) return { ...event, participants: named.get(`|${event.frame}`) ?? [] };
  if (OWN_RELATION.test(relation)) return event;
  // the noun ("refuse a meeting"), or the verb with "him" or "her" ("I will meet him" after "he would meet X"),
  // not the verb with anyone else ("offered to meet the press")
  const pronoun = /^\s+(?:him|her)\b/i.test(text.slice(event.end, event.end + 5));
  if (!pronoun && !NOUN_BEFORE.test(text.slice(Math.max(0, event.start - 30), event.start))) return event;
  // "no plans for such a meeting": the one the article last named, whoever named it
  const such = !pronoun && SUCH_BEFORE.test(text.slice(Math.max(0, event.start - 30), event.start));
  const earlier =
    named.get(`${statement.speaker?.name}|${event.frame}`) ??
    (such ? named.get(`|${event.frame}`) : undefined);
  // "him" is the one other person of the speaker's earlier meeting
  if (pronoun && earlier?.length !== 2) return event;
  return earlier ? { ...event, participants: earlier } : event;
}

const RELATIVE_GAP = /^\s*["”’»]?\s*,?\s*(?:which|that)\s+(?:[\p{L}'’]+\s+){0,3}$/u;
const PUNCTUATION_GAP = /^\s*["”’»]?\s*,?\s*$/u;

/** ", which he said was …": the relative pronoun between the words and the tail, or opening the tail's words. */
const relativeAfter = (gap: string, tail: string): boolean =>
  RELATIVE_GAP.test(gap) || (PUNCTUATION_GAP.test(gap) && /^(?:which|that)\b/iu.test(tail));

/**
 * "…a meeting with X, which he said was possible "if …"": the speaker's own relative clause on his words goes on
 * reading with them, so its cue and condition count for the proposition the words name.
 */
function withRelativeTail(
  text: string,
  statement: Statement,
  statements: readonly Statement[],
): Statement["content"] {
  const { content } = statement;
  const tail = statements.find(
    (t) =>
      t !== statement &&
      t.speaker?.name === statement.speaker?.name &&
      t.content.start > content.end &&
      t.content.start - content.end < 60 &&
      relativeAfter(text.slice(content.end, t.content.start), t.content.text),
  );
  return tail
    ? { ...content, text: text.slice(content.start, tail.content.end), end: tail.content.end }
    : content;
}

// "I am ready to meet X", "said he was ready to sit down with X": the speaker is the one who would meet.
const SELF_SUBJECT = /(?:^|[^\p{L}])(?:I|we|he|she)\s+(?:\S+\s+){0,7}$/iu;

/** "secretary-general of the Mineworkers' Federation", "chairman of the board": a body's own head. */
const ORGANISATION_HEAD =
  /^(?:the\s+)?(?:secretary[- ]general|general\s+secretary|chair(?:man|woman|person)?|head|leader|president|chief\s+executive)\s+of\b/iu;

/** Entities that speak for themselves: a leader's or a body's head's role, or no role in the article (not a spokesman). */
function principals(entities: readonly Entity[]): Set<string> {
  return new Set(
    entities
      .filter(
        (e) =>
          e.type === "person" &&
          (e.roles.length === 0 || e.roles.some((r) => isLeaderRole(r) || ORGANISATION_HEAD.test(r))),
      )
      .map((e) => e.id),
  );
}

/**
 * A meeting or call whose one named participant is someone other than the speaker has the speaker as its other
 * participant when the speaker is its subject ("I am ready to meet X", "he said he was ready to meet X") or object
 * ("X has agreed to see me"), or when the speaker is a principal speaking of "a meeting with X" (a spokesman's "a
 * meeting with X" is his principal's).
 */
function withSpeakerAsSubject(
  event: NewsEvent,
  statement: Statement,
  principal: ReadonlySet<string>,
): NewsEvent {
  const speaker = statement.speaker;
  if (!speaker || !GATHERING_FRAMES.has(event.frame) || event.participants.length !== 1) return event;
  if (event.participants[0] === speaker.name) return event;
  const { content } = statement;
  const before = content.text.slice(0, event.start - content.start);
  const clause = before.split(/[.;!?]|,\s*(?:but|and)\b/).at(-1) ?? before;
  // "X has agreed to see me": the speaker is the object
  const self = SELF_SUBJECT.test(clause) || /^\s+me\b/i.test(content.text.slice(event.end - content.start));
  if (!self && !(speaker.entityId !== null && principal.has(speaker.entityId))) return event;
  return { ...event, participants: [...event.participants, speaker.name].sort() };
}

/**
 * A holder is someone the article names: an entity, or a name as written ("Burman"); a group as written ("the
 * delegations", "several officials") holds no stance of its own.
 */
function namedHolder(speaker: NonNullable<Statement["speaker"]>): boolean {
  return speaker.entityId !== null || !GROUP.test(speaker.name);
}

const GROUP =
  /^(?:[Tt]he|[Aa]n?|[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth|[Aa]ll|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s|^\p{Ll}/u;

/** A condition that opens the speaker's next words: "“… not off the table,” X said. “Unless Y, we will …”". */
// "If …", or "But it is possible on condition that …": the next words of the speaker set the condition
const CONDITION_OPENING =
  /^["“„«]?\s*(?:but\s+)?(?:(?:it|this|that)\s+(?:is|would\s+be|will\s+be)\s+(?:only\s+)?possible\s+(?:only\s+)?)?((?:unless|only\s+if|if|on\s+condition\s+that|provided(?:\s+that)?|as\s+long\s+as|so\s+long\s+as|once)\s[^,.;!?]+)/iu;
const NEXT_REACH = 160;

function withNextCondition(
  reading: StanceReading | null,
  text: string,
  statement: Statement,
  statements: readonly Statement[],
): StanceReading | null {
  if (reading === null || reading.condition !== null) return reading;
  if (reading.stance !== "possible" && reading.stance !== "planned") return reading;
  const next = statements.find(
    (s) =>
      s.content.start >= statement.content.end &&
      s.content.start - statement.content.end <= NEXT_REACH &&
      s.speaker?.name === statement.speaker?.name,
  );
  if (next === undefined || /[.!?]\s*\n/.test(text.slice(statement.content.end, next.content.start)))
    return reading;
  const opening = CONDITION_OPENING.exec(next.content.text);
  return opening?.[1] ? { stance: "conditional", condition: opening[1].trim() } : reading;
}

const INVERTED =
  /^((?:nor|neither)\b(?:,[^,]{1,30},)?\s*)?((?:would|will|could|can|did|does|do|should|shall)\s+)(?:he|she|they|we|I|it)\b/iu;

/**
 * "Nor, he said, would he sit at the same table as X": words whose subject follows their verb after "nor" or
 * "neither" are negated ("would not sit …"); `shift` is how far that moves what follows.
 */
function invertedNegation(
  text: string,
  statement: Statement,
  words: string,
): { words: string; shift: number } {
  const inverted = INVERTED.exec(words);
  if (inverted === null) return { words, shift: 0 };
  const { content } = statement;
  const lead =
    text
      .slice(Math.max(0, content.start - 80), content.start)
      .split(/[.!?]\s/)
      .at(-1) ?? "";
  if (inverted[1] === undefined && !/^\W*(?:nor|neither)\b/iu.test(lead)) return { words, shift: 0 };
  const negated = `${inverted[1] ?? ""}${inverted[2]}not`;
  return { words: negated + words.slice(inverted[0].length), shift: negated.length - inverted[0].length };
}

/** A frame named as a cause ("dismissed because of the merger") or denied ("a promise, not a contract"). */
const CAUSE_BEFORE =
  /\b(?:(?:because of|due to|owing to|on account of|in the wake of)\s+(?:the|its|this|that|a|an)?|,\s+not\s+(?:a|an|the))\s*$/iu;

/** When the words were said: their own date, unless it is after publication (a misread date), else the publication's. */
function saidBy(own: string | null, published: string | null): string | null {
  if (own === null || published === null) return own ?? published;
  return own.slice(0, published.length) > published ? published : own;
}

/** "possible only after specific agreements are reached": the agreements are the condition, not the proposition. */
function insideCondition(offset: number, words: string, condition: string | null): boolean {
  if (!condition) return false;
  const at = words.indexOf(condition);
  return at >= 0 && offset >= at && offset < at + condition.length;
}
