/** @module Recognises one metadata line at the top of a plain-text dump (date stamp, byline, URL, source). */
import {
  AUTHOR_LABELS,
  DATE_LABELS,
  NAME_PARTICLES,
  PUBLISHED_LABELS,
  SOURCE_LABELS,
  UPDATED_LABELS,
  WIDGET_WORDS,
} from "./header-labels.ts";
import { findDate } from "./parse-date.ts";

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
}

// Header lines are short; a long line is prose even if it starts with "By" or holds a date.
const MAX_HEADER_LINE = 200;
const MAX_NAME_WORDS = 8;

const URL_RE = /https?:\/\/[^\s<>"]+/i;
const WEEKDAY_RE =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?/giu;
const TIME_RE = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?!\w)|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)/giu;
const ZONE_RE = /\b(?:UTC|GMT)\s*[+-]?\s*\d{0,2}(?::?\d{2})?\b|(?<![\w])[+-]\d{2}:?\d{2}\b|\b[A-Z]{2,5}\b/gu;
const FILLER_RE = /(?:^|\s)(?:at|on|as of|\|)(?=\s|$)|[,|•·()\-–—:]/giu;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `^(label)` followed by a separator, longest label first so "updated on" beats "updated". */
function labelRe(labels: readonly string[]): RegExp {
  const alts = [...labels].sort((a, b) => b.length - a.length).map(escapeRe);
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
});

/** Words left once a date, times, zones, weekdays, a URL and widget words are taken out of `text`. */
function residueWords(text: string, dateStart: number, dateEnd: number): string[] {
  const rest = `${text.slice(0, dateStart)} ${text.slice(dateEnd)}`
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
  return residueWords(text, found.start, found.end).length <= maxResidue ? found.value : null;
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

const AMBIGUOUS_NUMERIC = /^[\s:,-]*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;

/** Classify one line of a dump's header; null when it is not metadata (a title or body line). */
export function classifyHeaderLine(line: string): HeaderFact | null {
  const text = line.trim();
  if (text === "" || text.length > MAX_HEADER_LINE) return null;
  if (WIDGETS.has(text.toLowerCase())) return fact("header-widget");
  const urlOnly = /^<?(https?:\/\/\S+?)>?$/i.exec(text);
  if (urlOnly) return fact("url-line", { url: urlOnly[1] ?? null });
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
    if (AMBIGUOUS_NUMERIC.test(text.slice(m[0].length))) return fact(rule, { date: null, url });
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
    if (name !== null) return fact("byline", { author: name });
  }
  const dateline = stampDate(text, 0);
  if (dateline !== null) return fact("dateline", { date: dateline, url });
  return null;
}
