/**
 * @module Words that name no event but stand under the sentence that does. A report's lead states the event and
 * the quote below it speaks of it ("Oruzan and Tenghar exchanged six guards on Tuesday. “Six came home, four went
 * home,” the minister told reporters"); so do a speaker's own words after his summary ("X said the two sides had
 * agreed to an exchange. “Our men will be home within a month,” he added"), or under the event the article names
 * most often in the frame they hint at ("I will be at the palace on Wednesday" in a report on a meeting). The words'
 * stance then comes from their cue or, failing one, their tense. Also here: the people of a meeting its words leave
 * without any, which meetings stand without people, and journeys that are the talks.
 */
import type { Entity, NewsEvent, StanceValue, Statement } from "../core/records.ts";
import { EXCHANGED } from "../events/event-frames.ts";
import { plainLetters } from "../language/entity-key.ts";
import { isLeaderRole } from "../language/roles.ts";
import { NUMBER_WORD_PATTERN } from "../time/number-words.ts";
import { classifyStance, type StanceReading } from "./stance-classifier.ts";

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
  // "our president will put his name to it", "in black and white"
  agreement:
    /\b(?:signatures?|sign(?:ed|ing)?|the\s+text|the\s+document|initial(?:l)?ed|ink|put\s+(?:his|her|their|our|my)\s+names?\s+to|in\s+black\s+and\s+white|in\s+writing)\b/iu,
  ceasefire: /\b(?:guns|shots?|shooting|shelling|firing|fire|silent|silence)\b/iu,
  // "we are back at the table", "we will not go back to the mediator's office"
  talks:
    /\b(?:sit\s+down|sat\s+down|(?:same|one)\s+table|(?:back\s+)?(?:at|to)\s+the\s+(?:negotiating\s+|mediator['’]s\s+)?table|mediator['’]s\s+office|delegations?|negotiators|round|(?:we|they)\s+(?:go|come|are\s+going|will\s+go)\s+back\s+to\s+(?!work\b|school\b|the\b|our\b|my\b)[\p{L}-]+)\b/iu,
  meeting: /\b(?:sit\s+down|sat\s+down|face\s+to\s+face|shake\s+(?:\p{L}+\s+)?hands?|shook\s+hands)\b/iu,
  // "will vote against the budget" is a vote in parliament
  election: /\b(?:vote(?!\s+(?:against|on)\b)|voters|polls?|ballots?|campaign)\b/iu,
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
  const words = mainClause(statement.content.text);
  const found = events.filter(
    (e) => e.start >= contextStart && e.end <= ownStart && !other(e) && FRAME_HINTS[e.frame]?.test(words),
  );
  const keys = new Set(found.map((e) => `${e.frame}|${e.participants.join("|")}`));
  return keys.size === 1 ? (found[0] ?? null) : null;
}

/**
 * Words that hint at a frame whose event the article names elsewhere, under no other person's words: the event the
 * article names most often in that frame ("I will be at the palace on Wednesday" in a report on the two leaders'
 * meeting). Null when the hints point at two frames the article names, or two events tie.
 */
export function articleEvent(
  statement: Statement,
  events: readonly NewsEvent[],
  statements: readonly Statement[],
  persons: ReadonlySet<string>,
  entities: readonly Entity[],
): NewsEvent | null {
  const words = mainClause(statement.content.text);
  const hinted = (e: NewsEvent) => ARTICLE_HINTS[e.frame]?.test(words) ?? false;
  const found = dominantEvent(statement, events, statements, persons, hinted);
  if (found !== null) return found;
  // "I will not set foot in the palace": a meeting of the article's, whose people the words give
  const meeting = events.find((e) => e.frame === "meeting" && hinted(e));
  if (meeting === undefined) return null;
  const withPeople = withArticleParticipants(
    { ...meeting, participants: [] },
    statement,
    events,
    statements,
    persons,
    entities,
  );
  return withPeople.participants.length > 0 ? withPeople : null;
}

/**
 * A meeting or call its words leave without people ("we shook hands"): the two or more people of the article's
 * most often named one, as articleEvent picks it.
 */
export function withArticleParticipants(
  event: NewsEvent,
  statement: Statement,
  events: readonly NewsEvent[],
  statements: readonly Statement[],
  persons: ReadonlySet<string>,
  entities: readonly Entity[],
): NewsEvent {
  const speaker = statement.speaker?.name;
  // "many bilateral meetings on the sidelines": meetings in the plural are no one meeting
  if (event.participants.length > 0 || !TWO_SIDED.has(event.frame) || speaker === undefined) return event;
  if (/\b(?:meetings|summits|calls|conversations)$/iu.test(event.text)) return event;
  const own = FIRST_PERSON.test(mainClause(statement.content.text));
  const self = plainLetters(speaker);
  const { start, end } = statement.content;
  const others = entities.filter((e) => e.type === "person" && plainLetters(e.name) !== self);
  // "I will sit down with Lameira": the speaker and the one person the words name
  const named = others.filter((e) => e.mentions.some((m) => m.start >= start && m.end <= end));
  if (own && named.length > 0)
    return named.length === 1 ? { ...event, participants: [speaker, named[0]?.name ?? ""].sort() } : event;
  // "The two presidents will meet here": the article's two leaders, when it has two
  if (TWO_LEADERS.test(statement.content.text)) {
    const leaders = entities.filter((e) => e.type === "person" && e.roles.some(isLeaderRole));
    if (leaders.length === 2) return { ...event, participants: leaders.map((e) => e.name).sort() };
  }
  const two = (e: NewsEvent) => new Set(e.participants.map(plainLetters)).size >= 2;
  const found = dominantEvent(
    statement,
    events,
    statements,
    persons,
    (e) => e.frame === event.frame && two(e),
  );
  if (found !== null) return { ...event, participants: found.participants };
  // "We meet again in Sarykent on October 10", in a report on talks: their next round
  const again = /^meets?$/iu.test(event.text) && /^\s+again\b/u.test(after(statement, event));
  if (again && events.some((e) => e.frame === "talks")) return { ...event, frame: "talks" };
  // "We drank tea, we shook hands": the speaker and the person the article names most often besides him
  if (!own) return event;
  const ranked = others
    .filter((e) => e.mentions.length >= 2)
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = ranked;
  if (first === undefined || second?.mentions.length === first.mentions.length) return event;
  return { ...event, participants: [speaker, first.name].sort() };
}

/**
 * "We will go to Straumvik to talk", "I am going there to listen", in a report on talks: a journey whose words say it
 * is for talking is the talks. A "visit", and other journeys ("I will not go to X to have my picture taken"), stay
 * what they are.
 */
export function talksTrip(text: string, event: NewsEvent, events: readonly NewsEvent[]): NewsEvent {
  if (event.frame !== "visit" || !JOURNEY.test(event.text)) return event;
  const purpose = TO_TALK.test(text.slice(event.end, event.end + 60));
  return purpose && events.some((e) => e.frame === "talks")
    ? { ...event, frame: "talks", participants: [] }
    : event;
}
const JOURNEY =
  /^(?:go|goes|going|went|travel|travels|travelling|traveling|fly|flies|flying|head|heading|come|coming)\s+to$/iu;
/** "to Straumvik to talk", "to Bialograd on Monday to listen", "to the capital, and we will go in good faith". */
const TO_TALK =
  /^\s+(?:\p{Lu}[\p{L}'’-]*|the\s+\p{L}+)[^.;!?]{0,40}?\b(?:to\s+(?:talk|negotiate|listen|discuss|bargain)|in\s+good\s+faith|for\s+(?:talks|negotiations))\b/u;

/**
 * A meeting whose people the article does not give is still a proposition ("The two presidents will meet here on the
 * twentieth", "there were no plans for such a meeting"), unless it is several ("many bilateral meetings") or a body's
 * own gathering ("the town council would meet", "a meeting of its members", "had met the families").
 */
export function unnamedMeeting(text: string, event: NewsEvent): boolean {
  if (/s$/iu.test(event.text)) return false;
  return !GATHERED_BODY.test(text.slice(Math.max(0, event.start - 40), event.end + 40));
}
const GATHERED_BODY =
  /\b(?:council|committee|board|cabinet|members|families|relatives|staff|shareholders|residents|voters|supporters|students)\b/iu;

/** The statement's words right after the event. */
const after = (statement: Statement, event: NewsEvent): string =>
  statement.content.text.slice(event.end - statement.content.start, event.end - statement.content.start + 12);

function dominantEvent(
  statement: Statement,
  events: readonly NewsEvent[],
  statements: readonly Statement[],
  persons: ReadonlySet<string>,
  accept: (e: NewsEvent) => boolean,
): NewsEvent | null {
  const speaker = statement.speaker?.name;
  // "I will be at the palace": the speaker is one of the meeting's people
  const own = FIRST_PERSON.test(mainClause(statement.content.text));
  const others = statements.filter(
    (s) => s.speaker !== null && s.speaker.name !== speaker && persons.has(s.speaker.name),
  );
  const candidates = events.filter((e) => {
    if (!accept(e)) return false;
    const people = e.participants.map(plainLetters);
    return !(
      GATHERING.has(e.frame) &&
      (people.length === 0 || (own && !people.includes(plainLetters(speaker ?? ""))))
    );
  });
  const theirs = (e: NewsEvent) => others.some((s) => e.start >= s.content.start && e.end <= s.content.end);
  // the events outside other people's words; when every one is in them ("The two leaders spoke for fifty minutes,"
  // the spokesman said), those
  const outside = candidates.filter((e) => !theirs(e));
  const counts = new Map<string, { event: NewsEvent; n: number }>();
  for (const e of outside.length > 0 ? outside : candidates) {
    const key = `${e.frame}|${e.participants.join("|")}`;
    const seen = counts.get(key);
    counts.set(key, { event: seen?.event ?? e, n: (seen?.n ?? 0) + 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  if (first === undefined || (second !== undefined && second.n === first.n)) return null;
  return first.event;
}

const GATHERING = new Set(["meeting", "visit", "call"]);
const TWO_SIDED = new Set(["meeting", "call"]);
const TWO_LEADERS =
  /\b(?:the|both)\s+(?:two\s+)?(?:presidents|leaders|heads\s+of\s+(?:state|government)|prime\s+ministers)\b/iu;
const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]e|[Uu]s|[Mm]y|[Oo]ur)\b/u;
const SUBORDINATE = /\b(?:before|until|unless|if|once|when|after)\b[^,.;!?]*/giu;

/** The words without their time and condition clauses ("… once the text is signed"). */
export const mainClause = (words: string): string => words.replace(SUBORDINATE, "");

const COUNT = `(?:\\d+|(?!(?:a|an|half|couple)\\b)(?:${NUMBER_WORD_PATTERN})(?:-(?:${NUMBER_WORD_PATTERN}))?)`;
/**
 * People counted, in a report on an exchange: "I counted twenty-three men across that bridge", "forty-three of ours
 * will cross", "the last of our fourteen climbed aboard", "the nine are safe"; not "the families of the nine
 * engineers", "the two men had talked" (the two leaders) or "our two countries".
 */
const COUNTED =
  `(?<![\\p{L}-])(?<!\\bthe\\s+)(?:${COUNT}\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${EXCHANGED}|men|women)|${COUNT}\\s+of\\s+(?:ours|theirs|our|their))\\b|` +
  `\\b(?:our|their|all)\\s+${COUNT}\\b(?!\\s+(?:countries|nations|sides|peoples|governments|states|leaders|presidents|delegations|parties)\\b)|` +
  `\\bthe\\s+(?!two\\b)${COUNT}\\s+(?:are|were|will|would|shall|can|could|climbed|came|went|crossed|walked|left|arrived|returned)\\b`;

/** Hints read against the whole article (data): wider than FRAME_HINTS, which read only the sentence before. */
const ARTICLE_HINTS: Readonly<Record<string, RegExp>> = {
  ...FRAME_HINTS,
  meeting:
    /\b(?:sit\s+down|sat\s+down|face\s+to\s+face|shak(?:e|ing)\s+(?:\p{L}+\s+)?hands?|shook\s+(?:\p{L}+\s+)?hands?|set\s+foot\s+in|(?:sit|sat|sitting)\s+(?:at|across|around|in)\s+(?:one|the\s+same|a|the)\s+(?:table|room)|(?:be|was|were)\s+at\s+(?:the\s+)?\p{Lu}|(?:spoke|talked|met|sat)\s+for\s+(?:(?:almost|nearly|about|over|more\s+than)\s+)?(?:an?\s+|\p{L}+\s+)(?:and\s+a\s+half\s+)?(?:hours?|minutes)|(?:kept|received|receive|receives|receiving)\s+(?:me|him|her|us)\b|(?:had|have|over)\s+(?:coffee|tea|lunch|dinner|breakfast)|(?:walk|go|come|went|came)\s+to\s+(?:his|her|their)\s+office)/iu,
  // "I spoke with Mr X last night", "we spoke for almost an hour": in a report on a call, the call
  call: /\b(?:(?:spoke|talked|spoken)\s+(?:with|to)\s+(?:Mr|Mrs|Ms|Dr|President|him|her|\p{Lu})|(?:spoke|talked)\s+for\s+(?:(?:almost|nearly|about|over|more\s+than)\s+)?(?:an?\s+|\p{L}+\s+)(?:hours?|minutes)|(?:spoke|talked|speak|talk)\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone|(?:take|took|taken|make|made)\s+(?:a|his|her|the)\s+call|pick(?:ed)?\s+up\s+the\s+(?:tele)?phone|will\s+not\s+call|(?:did|does|do)\s*(?:not|n't)\s+call)\b/iu,
  visit: /\b(?:(?:be|was|were)\s+in\s+\p{Lu}|(?:go|come|travel|fly)\s+to\s+\p{Lu}|set\s+foot\s+in|trip\b)/u,
  "prisoner-exchange": new RegExp(
    `${FRAME_HINTS["prisoner-exchange"]?.source}|\\b(?:on\\s+(?:the|a)\\s+plane|on\\s+(?:their|his|her)\\s+way\\s+home|walked\\s+(?:across|over)|barter|swap)\\b|${COUNTED}`,
    "iu",
  ),
  election: /\b(?:voting|voters|polls|ballots?|mandate)\b/iu,
  ceasefire:
    /\b(?:guns?\s+(?:will\s+)?(?:\p{L}+\s+)?(?:silent|quiet)|not\s+(?:one|a\s+single)\s+(?:\p{L}+\s+)?(?:gun|shot)|(?:hold|holds|held|holding)\s+(?:their\s+|its\s+|our\s+)?fire)\b/iu,
  // none for sanctions: "measures" and "penalties" say too little read this far from the event
  sanctions: /(?!)/u,
};

const FUTURE =
  /\b(?:will|shall)\s+(?!not\b|never\b)(?:\p{L}+ly\s+)?\p{L}+|\b(?:we|they|I)\s+(?:go|meet|sit|return|fly|travel|leave|resume|reconvene)\b[^.;!?]{0,40}?\b(?:on\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|[a-z]+(?:-[a-z]+)?th\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|next\s+(?:week|month)|tomorrow)|\b(?:we|they|he|she|it|I)'ll\s+\p{L}+|^\s*(?:from|as\s+of)\s+(?:midnight|noon|tomorrow|tonight|(?:next\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/iu;
const PAST =
  /\b(?:(?:are|is|were|was)\s+(?:now\s+)?on\s+(?:the|an?|their|his|her|its)\s+(?:\p{Lu}\p{L}+\s+)?(?:plane|flight|way\s+(?:home|back|to)|bus|train|ship|boat|vessel)|(?:are|is|were|was)\s+(?:now\s+|all\s+|safely\s+)?(?:home|back\s+home|safe|free|on\s+(?:this|our)\s+side)|came|went|returned|arrived|crossed|climbed|boarded|landed|sailed|counted|ended|lasted|finished|spoke|talked|met|sat|shook|signed|received|walked|(?:was|were)\s+(?:done|over)|(?:has|have)\s+(?:now\s+|finally\s+|just\s+|already\s+)?(?:signed|ended|returned|come\s+home|crossed))\b/iu;

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
  // "The exchange will be all for all": an event named with its article
  const rest = words.slice(at).replace(/^(?:the|this|that|an?)\s+/iu, "");
  if (COURSE.test(rest) || WAS.test(rest)) return "happened";
  return AHEAD.test(rest) ? "planned" : null;
}

/** Words that carry an event named elsewhere: their cue, whatever it reads, or their tense, which states or plans it. */
export function carriedReading(words: string, content: string): StanceReading | null {
  // "wanted to see the text before it is signed": what a time or condition clause says is not a statement; a cue
  // reads as it would on the event's own name ("I do not expect a signature before November"); a tense only states
  // or plans the event
  const cued = classifyStance(mainClause(words));
  if (cued !== null && !CARRIED.has(cued.stance)) return cued;
  const reading = cued ?? tenseReading(mainClause(content));
  // "We will provide the room, if they want it": a plan on a condition
  const full = classifyStance(words);
  if (reading?.stance === "planned" && full?.stance === "conditional") return full;
  // "I will not set foot there until he names a date": ruled out until then
  if (reading?.stance === "ruled_out" && full?.stance === "ruled_out" && full.condition !== null) return full;
  return reading;
}

const CARRIED: ReadonlySet<string> = new Set(["planned", "happened", "ruled_out"]);

const tenseReading = (words: string): StanceReading | null => {
  const stance = tenseStance(words);
  return stance === null ? null : { stance, condition: null };
};
