/**
 * @module Dating an undated article from its story. "On Friday, the delegations met in Istanbul … Peskov said on
 * Saturday" has no date of its own; another report of the same story says "On May 16, Russia and Ukraine held
 * their first direct talks in Istanbul". When the two sentences name the same things (places, countries, the same
 * kind of event), the dated one falls on the named weekday, and exactly one such dated sentence exists, the Friday
 * is that day — and the reporting weekday after it dates the article. A match on the weekday alone is never
 * enough, and nothing is dated when two anchors disagree.
 */
import type { Timex } from "../core/records.ts";
import { addDays, dayNumber, formatDate, fromDayNumber, weekdayOf, type Ymd } from "./calendar.ts";
import { sentenceAt, sentenceSpans } from "./sentence-bounds.ts";
import { extractTimexes } from "./timex-extractor.ts";

export interface DatingMember {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly text: string;
}

export interface StoryDate {
  readonly articleId: string;
  readonly date: string;
  readonly evidence: { readonly kind: "story-event"; readonly text: string; readonly date: string };
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTH_DAY =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
// "Peskov said on Saturday", "the agency reported Friday": the day the words were reported.
const REPORTING =
  /\b(?:said|told|announced|stated|reported|added|confirmed|wrote)\s+(?:on\s+)?([A-Z][a-z]+day)\b/;
// Kinds of event: a sentence about "talks" and one about "negotiations" or "a meeting" can be the same event.
const EVENT_FAMILIES: readonly [string, RegExp][] = [
  ["talks", /\b(?:talks|negotiat\w*|met|meet(?:ing|s)?|summit|round)\b/i],
  ["exchange", /\b(?:exchang\w*|swap\w*)\b/i],
  ["strike", /\b(?:strike|attack\w*|shell\w*|bomb\w*)\b/i],
  ["call", /\b(?:call|phone\w*|spoke)\b/i],
  ["vote", /\b(?:vote\w*|elect\w*|ballot)\b/i],
];
const NOT_NAMES = new Set(
  [
    ...WEEKDAYS,
    "january february march april may june july august september october november december".split(" "),
  ].flat(),
);
const MAX_STORY_SPAN_DAYS = 366;

interface Anchor {
  readonly articleId: string;
  readonly day: Ymd;
  readonly sentence: string;
  readonly keys: ReadonlySet<string>;
}

export function dateFromStory(members: readonly DatingMember[]): StoryDate[] {
  const latest = members
    .map((m) => m.published)
    .filter((p): p is string => p !== null && FULL_DATE.test(p))
    .sort()
    .at(-1);
  if (!latest) return [];
  const anchors = members.flatMap((m) => anchorsOf(m, latest));
  const out: StoryDate[] = [];
  for (const member of members) {
    if (member.published !== null) continue;
    const dated = dateMember(member, anchors, latest);
    if (dated) out.push(dated);
  }
  return out;
}

/** Sentences that write a month and day, with the day resolved (undated articles: in the year before the latest). */
function anchorsOf(member: DatingMember, latest: string): Anchor[] {
  const reference = member.published ?? latest;
  const spans = sentenceSpans(member.text);
  const limit = dayNumber(parseDay(latest));
  return extractTimexes(member.text, { published: reference })
    .filter((t) => t.type === "DATE" && FULL_DATE.test(t.value ?? "") && MONTH_DAY.test(t.text))
    .flatMap((t) => {
      const day = parseDay(t.value ?? "");
      if (
        member.published === null &&
        (dayNumber(day) > limit || limit - dayNumber(day) > MAX_STORY_SPAN_DAYS)
      )
        return [];
      const span = sentenceAt(spans, t.start, member.text.length);
      const sentence = member.text.slice(span.start, span.end);
      return [{ articleId: member.id, day, sentence, keys: keysOf(sentence) }];
    });
}

function dateMember(member: DatingMember, anchors: readonly Anchor[], latest: string): StoryDate | null {
  const spans = sentenceSpans(member.text);
  const limit = dayNumber(parseDay(latest));
  const found = new Map<number, { weekdayText: string; anchor: Anchor }>();
  for (const t of weekdayTimexes(member.text)) {
    const span = sentenceAt(spans, t.start, member.text.length);
    const keys = keysOf(member.text.slice(span.start, span.end));
    const weekday = WEEKDAYS.indexOf(t.text.toLowerCase());
    const matches = anchors.filter(
      (a) => a.articleId !== member.id && weekdayOf(a.day) === weekday && sharesEvent(keys, a.keys),
    );
    const days = new Set(matches.map((a) => dayNumber(a.day)));
    if (days.size !== 1 || !matches[0]) continue;
    found.set(dayNumber(matches[0].day), { weekdayText: t.text, anchor: matches[0] });
  }
  const only = found.size === 1 ? [...found][0] : undefined;
  if (!only) return null;
  const [eventDay, { weekdayText, anchor }] = only;
  const reporting = REPORTING.exec(member.text);
  const reportingWeekday = reporting ? WEEKDAYS.indexOf((reporting[1] ?? "").toLowerCase()) : -1;
  const event = fromDayNumber(eventDay);
  const date = reportingWeekday >= 0 ? addDays(event, (reportingWeekday - weekdayOf(event) + 7) % 7) : null;
  if (!date || dayNumber(date) > limit) return null;
  return {
    articleId: member.id,
    date: formatDate(date),
    evidence: {
      kind: "story-event",
      text: `${weekdayText} = ${formatDate(event)} (“${anchor.sentence.trim()}”) … ${reporting?.[0] ?? ""}`,
      date: formatDate(date),
    },
  };
}

function weekdayTimexes(text: string): Timex[] {
  return extractTimexes(text, { published: null }).filter((t) => WEEKDAYS.includes(t.text.toLowerCase()));
}

/** Two sentences about one event: the same kind of event and at least two shared names. */
function sharesEvent(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let names = 0;
  let family = false;
  for (const key of a) {
    if (!b.has(key)) continue;
    if (key.startsWith("#")) family = true;
    else names++;
  }
  return family && names >= 2;
}

/**
 * Capitalised words cut to five letters, so "Russian" meets "Russia" and "Ukrainian" meets "Ukraine"; event kinds
 * as "#talks". The first word of the sentence counts only when it is not a plain sentence opener.
 */
function keysOf(sentence: string): Set<string> {
  const keys = new Set<string>();
  for (const match of sentence.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
    const word = match[0].toLowerCase();
    if (
      NOT_NAMES.has(word) ||
      (match.index === 0 && /^(?:on|in|the|a|an|at|by|for|after|before)$/.test(word))
    )
      continue;
    keys.add(word.slice(0, 5));
  }
  for (const [family, pattern] of EVENT_FAMILIES) if (pattern.test(sentence)) keys.add(`#${family}`);
  return keys;
}

function parseDay(iso: string): Ymd {
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}
