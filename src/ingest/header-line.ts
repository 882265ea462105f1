/** @module Recognises one metadata line at the top of a plain-text dump (date stamp, byline, URL, source). */

import { escapeRegExp } from "../core/regex.ts";
import {
  AUTHOR_LABELS,
  DATE_LABELS,
  NAME_PARTICLES,
  PUBLISHED_LABELS,
  SOURCE_LABELS,
  STAMP_WORDS,
  UPDATED_LABELS,
  WIDGET_WORDS,
} from "./header-labels.ts";
import { findDate, ymd } from "./parse-date.ts";
import { weekdayIn, weekdayOf } from "./weekdays.ts";

export type HeaderRule =
  | "header-date"
  | "published-stamp"
  | "update-stamp"
  | "dateline"
  | "byline"
  | "source-line"
  | "url-line"
  | "header-widget";

/** What one header line says. `date` is a publication date only for rules other than "update-stamp". */
export interface HeaderFact {
  readonly rule: HeaderRule;
  readonly date: string | null;
  readonly url: string | null;
  readonly author: string | null;
  readonly outlet: string | null;
  /** Both dates a stamp with day and month either way round can mean ("04/03/2031"), when `date` is null. */
  readonly readings: readonly string[];
}

// Header lines are short; a long line is prose even if it starts with "By" or holds a date.
const MAX_HEADER_LINE = 200;
const MAX_NAME_WORDS = 8;

const URL_RE = /https?:\/\/[^\s<>"]+/i;
// English weekdays, and the Spanish, Portuguese, French and Italian ones ("martes", "Quinta-feira", "mercredi").
const WEEKDAY_RE =
  /(?<!\p{L})(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|(?:segunda|ter[cç]a|quarta|quinta|sexta)(?:-feira)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)(?!\p{L})/giu;
// "10:02", "3:23 pm", "15h40", "06:30 h", and the time of an ISO stamp ("T07:45:00-04:00").
const TIME_RE =
  /(?:\b|(?<=(?:^|[\s\d])T))\d{1,2}[:.h]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*(?:[ap]\.?m\.?|h)\b)?(?!\w)|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)/giu;
// A second date on the stamp line ("· Updated 18.03.2031 11h30") is an edit time, not more words.
const LATER_STAMP_RE = /[|·•]?\s*\b(?:updated|modified|edited)\b.*$/iu;
// "Lakeside, 15/02/2031 — 14:05 (LNA)": a place and an agency around the date of a wire stamp.
/** "Nakoumba, " before a date stamp. */
const PLACE_BEFORE = /^\p{Lu}[\p{L}'’-]{1,30},\s*$/u;
const PLACE_OPENING = /^\p{Lu}[\p{L}'’-]{1,30},\s*/u;
const PLACE_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const MAX_PLACE_WORDS = 3;
const ZONE_RE = /\b(?:UTC|GMT)\s*[+-]?\s*\d{0,2}(?::?\d{2})?\b|(?<![\w])[+-]\d{2}:?\d{2}\b|\b[A-Z]{2,5}\b/gu;
// "2031.10.17. 09:20": the dot closing a date written with dots
const FILLER_RE = /(?:^|\s)(?:at|on|as of|\|)(?=\s|$)|[,|•·()\-–—:/+]|(?<=^|[\s\d])[T.](?=\s|$)/giu;
// "News ID 31-0904-0217", "Story no. 4411": the item's number in the outlet's system
const ITEM_ID =
  /^(?:news|story|article|item|document)\s+(?:id|no\.?|number|#)\s*[:#]?\s*[\p{L}\d][\p{L}\d/-]*$/iu;
// "english.kha.example/politics/…": a page's address without its scheme
const BARE_URL = /^((?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)+\/\S*)$/i;
// "18/09/2031 08:30 WIB | Print edition, page 1": a stamp, then page widgets after a bar
const AFTER_BAR = /\s+\|\s.*$/u;

/** `^(label)` followed by a separator, longest label first so "updated on" beats "updated". */
function labelRe(labels: readonly string[]): RegExp {
  const alts = [...labels].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`^(?:${alts.join("|")})(?:\\s*[:|\\-–—]\\s*|\\s+)`, "iu");
}

const DATE_LABEL_RE = labelRe(DATE_LABELS);
const PUBLISHED_LABEL_RE = labelRe(PUBLISHED_LABELS);
const UPDATED_LABEL_RE = labelRe(UPDATED_LABELS);
const AUTHOR_LABEL_RE = labelRe(AUTHOR_LABELS);
const SOURCE_LABEL_RE = labelRe(SOURCE_LABELS);
const WIDGETS = new Set(WIDGET_WORDS);
const PARTICLES = new Set(NAME_PARTICLES);

const fact = (rule: HeaderRule, rest: Partial<Omit<HeaderFact, "rule">> = {}): HeaderFact => ({
  rule,
  date: rest.date ?? null,
  url: rest.url ?? null,
  author: rest.author ?? null,
  outlet: rest.outlet ?? null,
  readings: rest.readings ?? [],
});

/** Words left once a date, times, zones, weekdays, a URL and widget words are taken out of `text`. */
function residueWords(text: string, dateStart: number, dateEnd: number): string[] {
  const rest = `${text.slice(0, dateStart)} ${text.slice(dateEnd).replace(LATER_STAMP_RE, " ")}`
    .replace(URL_RE, " ")
    .replace(WEEKDAY_RE, " ")
    .replace(TIME_RE, " ")
    .replace(ZONE_RE, " ")
    .replace(FILLER_RE, " ");
  return rest.split(/\s+/).filter((w) => w !== "" && !WIDGETS.has(w.toLowerCase()));
}

/** A date stamp ("Sept 05, 2025 03:23 pm IST"): its date when nothing but time/zone/URL/`maxResidue` stray words surround it. */
function stampDate(text: string, maxResidue: number): string | null {
  const found = findDate(text);
  if (found === null) return null;
  const residue = residueWords(text, found.start, found.end);
  if (residue.length <= maxResidue) return found.value;
  // A wire stamp may name its place: a time and an agency in brackets vouch that the line is a stamp, and so do a
  // time and the place alone before the date ("Nakoumba, 20/04/2032 - 11:15 GMT").
  const timed = TIME_RE.test(text);
  TIME_RE.lastIndex = 0;
  const wire = /\(\p{Lu}{2,6}\)\s*$/u.test(text) || PLACE_BEFORE.test(text.slice(0, found.start));
  if (timed && wire && residue.length <= MAX_PLACE_WORDS && residue.every((w) => PLACE_WORD.test(w)))
    return found.value;
  // "Sepidar, 22 Bahman 1414 (11 February 2036) -- 09:05": the same date in a second calendar beside it
  const calendarWord = (w: string) => PLACE_WORD.test(w) || /^\d{1,4}$/.test(w);
  const second = residue.length <= MAX_PLACE_WORDS + 1 && residue.some((w) => /^\d{1,4}$/.test(w));
  return timed && second && residue.every(calendarWord) ? found.value : null;
}

/** The names of a byline ("Jane Roe and Ana de la Cruz"), or null if the words read like a sentence. */
export function bylineName(text: string): string | null {
  const name = text
    .trim()
    .replace(/\s*[|•·].*$/u, "")
    .replace(/[.,;]$/, "");
  const words = name.split(/[\s,]+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return null;
  const nameLike = words.every((w) => /^[\p{Lu}\p{Lt}]/u.test(w) || PARTICLES.has(w.toLowerCase()));
  if (!nameLike || /\d/.test(name) || !/^[\p{Lu}\p{Lt}]/u.test(name)) return null;
  return name;
}

function shortName(text: string): string | null {
  const name = text.trim().replace(/[.;]$/, "");
  const words = name.split(/\s+/);
  return name !== "" && words.length <= MAX_NAME_WORDS && !/[.!?]\s/.test(name) ? name : null;
}

const AMBIGUOUS_NUMERIC = /^[\s:,-]*(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\b/;
const NUMERIC_ANYWHERE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/u;
// A 12-hour clock or a North American zone: the stamp more likely puts the month first ("04/03/2031 3:10 pm ET").
const MONTH_FIRST_HINT =
  /\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)(?!\w)|\b(?:[ECMP][SD]?T|AKST|HST)\b/u;

/**
 * The readings of a numeric date ("07/04/2031": 7 April or 4 July) that `text` opens with, or holds anywhere when
 * `anywhere`; valid ones only, the usual one first: day first, unless a 12-hour clock or a North American zone says
 * month first. A weekday named on the line ("Thu 02.03.2034") keeps only the reading that falls on it.
 */
function readings(text: string, anywhere = false): string[] {
  const m = (anywhere ? NUMERIC_ANYWHERE : AMBIGUOUS_NUMERIC).exec(text);
  if (!m) return [];
  const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const year = y < 100 ? 2000 + y : y;
  const pair = MONTH_FIRST_HINT.test(text)
    ? [ymd(year, a, b), ymd(year, b, a)]
    : [ymd(year, b, a), ymd(year, a, b)];
  const valid = [...new Set(pair.filter((d): d is string => d !== null))];
  const weekday = weekdayIn(text);
  const named = weekday === null ? [] : valid.filter((d) => weekdayOf(d) === weekday);
  return named.length === 1 ? named : valid;
}

/** A stamp fact from its readings: a date when only one reading is left. */
function numericStamp(rule: HeaderRule, text: string, url: string | null, anywhere = false): HeaderFact {
  const all = readings(text, anywhere);
  return all.length === 1 ? fact(rule, { date: all[0] ?? null, url }) : fact(rule, { url, readings: all });
}

const MAX_TIMED_STAMP = 100;
const MAX_TIMED_RESIDUE = 7;
const STAMP_WORD_SET = new Set(STAMP_WORDS);
// "(local time)", "(updated 09:45)", "(GMT+7)": a bracket without a year on a stamp line says nothing of the date
const BRACKET_RE = /\((?![^()]*\d{4})[^()]{0,40}\)/gu;

/**
 * A stamp that a time of day vouches for although it holds more than a date: the place, author, outlet or weekday
 * in any language around it ("Havnsund, Tuesday 29 April 2036 | 14:50", "Jane Roe | 07.09.2029 06:30",
 * "Thứ Tư, 08/02/2034 - 15:30 (GMT+7)", "20.02.2034, 11:15 Uhr"). Its other words must be capitalised or stamp
 * words; a lower-case word of prose ("The ferry sailed at 09:20 on 17.10.2031") makes it a sentence.
 */
function timedStamp(text: string, url: string | null): HeaderFact | null {
  if (text.length > MAX_TIMED_STAMP) return null;
  const bare = text.replace(BRACKET_RE, (m) => " ".repeat(m.length));
  const timed = TIME_RE.test(bare);
  TIME_RE.lastIndex = 0;
  if (!timed) return null;
  const found = findDate(bare);
  const numeric = found === null ? NUMERIC_ANYWHERE.exec(bare) : null;
  const start = found?.start ?? numeric?.index;
  if (start === undefined) return null;
  const end = found?.end ?? start + (numeric?.[0].length ?? 0);
  const residue = residueWords(bare, start, end);
  const stampWord = (w: string) =>
    /^[\p{Lu}\p{Lt}]/u.test(w) || STAMP_WORD_SET.has(w.toLowerCase().replace(/[.,;:]+$/u, ""));
  if (residue.length > MAX_TIMED_RESIDUE || !residue.every(stampWord)) return null;
  // "Jane Roe, political correspondent | 07.09.2029 06:30": the name before a bar that the date is after
  const segments = text.split(/\s+[|·•]\s+/u);
  const lead = segments.length > 1 && !segments[0]?.match(/\d/) ? (segments[0]?.split(",")[0] ?? "") : "";
  const byline = bylineName(lead.replace(/^By\s+/u, ""));
  const author = byline !== null && byline.split(/\s+/).length >= 2 ? byline : null;
  if (found !== null) return fact("dateline", { date: found.value, url, author });
  return { ...numericStamp("dateline", bare, url, true), author };
}

/** Classify one line of a dump's header; null when it is not metadata (a title or body line). */
export function classifyHeaderLine(line: string): HeaderFact | null {
  const text = line.trim();
  if (text === "" || text.length > MAX_HEADER_LINE) return null;
  if (WIDGETS.has(text.toLowerCase()) || ITEM_ID.test(text)) return fact("header-widget");
  const urlOnly = /^<?(https?:\/\/\S+?)>?$/i.exec(text);
  if (urlOnly) return fact("url-line", { url: urlOnly[1] ?? null });
  const bare = BARE_URL.exec(text);
  if (bare) return fact("url-line", { url: `https://${bare[1]}` });
  const url = URL_RE.exec(text)?.[0] ?? null;

  const labelled: readonly [RegExp, HeaderRule][] = [
    [DATE_LABEL_RE, "header-date"],
    [PUBLISHED_LABEL_RE, "published-stamp"],
    [UPDATED_LABEL_RE, "update-stamp"],
  ];
  for (const [re, rule] of labelled) {
    const m = re.exec(text);
    if (!m) continue;
    const date = stampDate(text.slice(m[0].length), 2);
    if (date !== null) return fact(rule, { date, url });
    // "Posted: 04-03-2027 13:15": a stamp whose day and month could be either way round is still a stamp, not the
    // headline; the date comes from elsewhere (the URL, the dateline)
    const rest = text.slice(m[0].length);
    if (AMBIGUOUS_NUMERIC.test(rest)) return numericStamp(rule, rest, url);
  }
  const author = AUTHOR_LABEL_RE.exec(text);
  if (author) {
    const name = bylineName(text.slice(author[0].length));
    if (name !== null) return fact("byline", { author: name });
  }
  const source = SOURCE_LABEL_RE.exec(text);
  if (source) {
    const outlet = shortName(text.slice(source[0].length));
    if (outlet !== null) return fact("source-line", { outlet, url });
  }
  // "By Jane Roe" or glued "ByNews Desk" (the capital right after "By" tells it from "Byron").
  const by = /^By(?:\s+|(?=[\p{Lu}]))(.+)$/u.exec(text);
  if (by) {
    const name = bylineName(by[1] ?? "");
    // "By Mirror World Desk | 22/03/2034 20:15": a byline that also stamps the page
    const stamp = timedStamp(text, url);
    if (name !== null) return stamp === null ? fact("byline", { author: name }) : { ...stamp, author: name };
  }
  const dateline = stampDate(text, 0) ?? stampDate(text.replace(AFTER_BAR, ""), 0);
  if (dateline !== null) return fact("dateline", { date: dateline, url });
  // "08.05.2031 18h25" alone on its line: a stamp, though which of the two dates it means is told elsewhere
  // "Nakoumba, 06/02/2032 - 08:30 GMT": the same after the place, when a time vouches for the stamp
  const timed = TIME_RE.test(text);
  TIME_RE.lastIndex = 0;
  const stamp = timed ? text.replace(PLACE_OPENING, "").replace(AFTER_BAR, "") : text;
  const numeric = AMBIGUOUS_NUMERIC.exec(stamp);
  if (numeric && residueWords(stamp, numeric.index, numeric.index + numeric[0].length).length === 0)
    return numericStamp("dateline", stamp, url);
  return timedStamp(text, url);
}
