/** @module Plain-text news dumps → RawDoc: header stamps become metadata, the first other line the title. */
import type { PublishedFrom, RawDoc, Removal } from "../core/records.ts";
import { classifyHeaderLine, type HeaderFact, type HeaderRule } from "./header-line.ts";
import { isNavigationLine, mastheadOutlet } from "./masthead.ts";
import { monthNumber } from "./months.ts";
import { dateFromUrl, outletFromUrl } from "./url-meta.ts";

// Header blocks are a handful of lines; past this a "metadata-looking" line is more likely body.
const MAX_LINES_BEFORE_TITLE = 10;
const MAX_LINES_AFTER_TITLE = 6;
// A first line this long is a paragraph, not a headline: the dump has no title.
const MAX_TITLE_LENGTH = 300;

const REASONS: Readonly<Record<HeaderRule, string>> = {
  "header-date": "date field at the top of the dump",
  "published-stamp": "publication stamp in the header",
  "update-stamp": "update stamp in the header (not the publication date)",
  dateline: "dateline in the header",
  byline: "byline",
  "source-line": "source line in the header",
  "url-line": "URL line in the header",
  "header-widget": "page-widget word in the header",
};

interface HeaderLine {
  readonly text: string;
  readonly fact: HeaderFact;
}

interface Furniture {
  readonly text: string;
  readonly rule: "masthead" | "navigation" | "tagline" | "kicker";
  readonly outlet: string | null;
}

// A masthead is only taken as one when metadata or navigation follows it within this many lines; otherwise a
// short first line is the headline.
const MASTHEAD_LOOKAHEAD = 3;

/**
 * Header lines from `lines[from]` on, skipping blanks, up to `max`; stops at the first other line. Masthead, motto,
 * navigation and (above the headline only) section-label lines among them (page furniture, not metadata) are
 * collected apart.
 */
function takeHeader(
  lines: readonly string[],
  from: number,
  max: number,
  beforeTitle: boolean,
): { found: HeaderLine[]; furniture: Furniture[]; next: number } {
  const found: HeaderLine[] = [];
  const furniture: Furniture[] = [];
  let i = from;
  for (; i < lines.length && found.length + furniture.length < max; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    const fact = classifyHeaderLine(line);
    if (fact !== null) {
      found.push({ text: line, fact });
      continue;
    }
    if (isNavigationLine(line)) {
      furniture.push({ text: line, rule: "navigation", outlet: null });
      continue;
    }
    if (
      beforeTitle &&
      (found.length > 0 || furniture.length > 0) &&
      isKicker(line, lines[i + 1] ?? "", nextLine(lines, i + 1))
    ) {
      furniture.push({ text: line, rule: "kicker", outlet: null });
      continue;
    }
    const outlet = mastheadOutlet(line);
    if (outlet !== null && metadataFollows(lines, i + 1)) {
      furniture.push({ text: line, rule: "masthead", outlet });
      continue;
    }
    // the outlet's motto sits between its masthead and the navigation; a headline comes after them
    const next = nextLine(lines, i + 1);
    const navigationNext = isNavigationLine(next) && classifyHeaderLine(next) === null;
    if (furniture.length === 1 && furniture[0]?.rule === "masthead" && navigationNext) {
      furniture.push({ text: line, rule: "tagline", outlet: null });
      continue;
    }
    break;
  }
  return { found, furniture, next: i };
}

function nextLine(lines: readonly string[], from: number): string {
  return lines.slice(from).find((l) => l.trim() !== "") ?? "";
}

const MAX_KICKER_WORDS = 3;

/**
 * A section label printed in capitals above the headline ("FEATURE", "THE RIVER"): a few upper-case words whose
 * next line is not in capitals, either straight below or, after a blank, a headline (short, no closing full stop).
 * Only under a masthead, navigation or stamp.
 */
function isKicker(line: string, next: string, nextText: string): boolean {
  const words = line.split(/\s+/);
  const upper = (text: string) => /\p{Lu}/u.test(text) && text === text.toUpperCase();
  if (words.length > MAX_KICKER_WORDS || !upper(line)) return false;
  if (next.trim() !== "") return !upper(next.trim());
  const headline = nextText.trim();
  return headline.length <= MAX_HEADLINE && !upper(headline) && !/[.]$/.test(headline);
}

// A headline under a kicker, a blank line apart, is at most this long.
const MAX_HEADLINE = 160;

function metadataFollows(lines: readonly string[], from: number): boolean {
  const next = lines
    .slice(from)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, MASTHEAD_LOOKAHEAD);
  return next.some((l) => classifyHeaderLine(l) !== null || isNavigationLine(l));
}

const FURNITURE_REASONS: Readonly<Record<Furniture["rule"], string>> = {
  masthead: "outlet masthead at the top of the dump",
  navigation: "site navigation line",
  tagline: "outlet motto under the masthead",
  kicker: "section label above the headline",
};

const PUBLISHED_RULES: readonly HeaderRule[] = ["header-date", "published-stamp", "dateline"];

/** The header's publication date, by rule priority (an explicit field beats a bare dateline). */
function headerDate(facts: readonly HeaderFact[]): string | null {
  for (const rule of PUBLISHED_RULES) {
    const hit = facts.find((f) => f.rule === rule && f.date !== null);
    if (hit) return hit.date;
  }
  return null;
}

// How much of the body's opening may name the month of an ambiguous stamp (the dateline's "April 6").
const OPENING_CHARS = 400;

/**
 * The reading of an ambiguous numeric stamp ("07/04/2031": 7 April or 4 July) whose month the body's opening
 * names, when exactly one of them does.
 */
function readingNamed(facts: readonly HeaderFact[], bodyLines: readonly string[]): string | null {
  const stamp = facts.find((f) => f.rule !== "update-stamp" && f.readings.length > 1);
  if (!stamp) return null;
  const named = new Set<number>();
  for (const word of bodyLines
    .join(" ")
    .slice(0, OPENING_CHARS)
    .match(/\p{L}+\.?/gu) ?? []) {
    const month = /^\p{Lu}/u.test(word) ? monthNumber(word) : null;
    if (month !== null) named.add(month);
  }
  const fits = stamp.readings.filter((d) => named.has(Number(d.slice(5, 7))));
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/** The usual reading of an ambiguous numeric stamp (day first, unless its clock or zone is North American). */
function usualReading(facts: readonly HeaderFact[]): string | null {
  return facts.find((f) => f.rule !== "update-stamp" && f.readings.length > 1)?.readings[0] ?? null;
}

/** The publication date the stamps say, by rule priority, then an ambiguous stamp's reading (an update stamp is not believed). */
function resolveDate(
  facts: readonly HeaderFact[],
  bodyLines: readonly string[],
  fromUrl: string | null,
): string | null {
  if (fromUrl !== null) return headerDate(facts);
  return headerDate(facts) ?? readingNamed(facts, bodyLines) ?? usualReading(facts);
}

// A stamp printed below a standfirst or a mistaken title sits among the short lines before the first paragraph.
const MAX_OPENING_LINES = 12;
const PROSE_LINE = 200;

/** Dated stamps among the body's short opening lines, before the first line of prose. */
function openingStamps(bodyLines: readonly string[]): HeaderFact[] {
  const found: HeaderFact[] = [];
  const opening = bodyLines.map((l) => l.trim()).filter(Boolean);
  for (const line of opening.slice(0, MAX_OPENING_LINES)) {
    if (line.length > PROSE_LINE) break;
    const fact = classifyHeaderLine(line);
    if (fact !== null && (fact.date !== null || fact.readings.length > 0)) found.push(fact);
  }
  return found;
}

const first = (facts: readonly HeaderFact[], key: "url" | "author" | "outlet"): string | null =>
  facts.find((f) => f[key] !== null)?.[key] ?? null;

/** Read one plain-text dump. `text` should already be decoded with LF line ends. */
export function readTextDump(text: string, source: string): RawDoc {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const before = takeHeader(lines, 0, MAX_LINES_BEFORE_TITLE, true);
  const titleLine = (lines[before.next] ?? "").trim();
  const hasTitle = titleLine !== "" && titleLine.length <= MAX_TITLE_LENGTH;
  const after = hasTitle
    ? takeHeader(lines, before.next + 1, MAX_LINES_AFTER_TITLE, false)
    : { found: [], furniture: [], next: before.next };
  const header = [...before.found, ...after.found];
  const facts = header.map((h) => h.fact);

  const bodyLines = lines.slice(hasTitle ? after.next : before.next);
  const url = first(facts, "url");
  const fromUrl = dateFromUrl(url);
  const fromHeader =
    resolveDate(facts, bodyLines, fromUrl) ??
    (fromUrl === null ? resolveDate(openingStamps(bodyLines), bodyLines, null) : null);
  const published = fromHeader ?? fromUrl;
  const publishedFrom: PublishedFrom = fromHeader !== null ? "header" : fromUrl !== null ? "url" : null;

  const furniture = [...before.furniture, ...after.furniture];
  const removed: Removal[] = [
    ...header.map((h) => ({ text: h.text, rule: h.fact.rule, reason: REASONS[h.fact.rule] })),
    ...furniture.map((f) => ({ text: f.text, rule: f.rule, reason: FURNITURE_REASONS[f.rule] })),
  ];

  return {
    source,
    format: "text",
    title: hasTitle ? titleLine : null,
    outlet: first(facts, "outlet") ?? furniture.find((f) => f.outlet)?.outlet ?? outletFromUrl(url),
    url,
    published,
    publishedFrom,
    author: first(facts, "author"),
    lang: null,
    body: bodyLines
      .join("\n")
      .replace(/^\s*\n/, "")
      .trimEnd(),
    removed,
    givenId: null,
  };
}
