/** @module Finds bylines, date stamps and datelines in the body and moves them into metadata. */
import { keptUnit, removeUnit, type Unit } from "./clean-unit.ts";
import {
  BYLINE,
  BYLINE_TAIL,
  GLUED_BYLINE,
  MAX_BYLINE_WORDS,
  NAME_CONNECTORS,
  NOT_NAME_STARTS,
  STAMP_RULES,
} from "./meta-rules.ts";
import { isDateOnly, parseStampDate } from "./stamp-date.ts";
import { wordCount } from "./text-normaliser.ts";

export interface MetaLines {
  readonly units: readonly Unit[];
  /** First byline name found, or null. */
  readonly author: string | null;
  /** Best publication date found in the body: a publish stamp, else an update stamp, else a dateline. */
  readonly published: string | null;
}

/** A lede sentence is longer than this; datelines are only trusted above the first one. */
const LEDE_MIN_WORDS = 15;

const CONNECTORS = new Set(NAME_CONNECTORS);
const NOT_NAMES = new Set(NOT_NAME_STARTS);

/** The author named by a byline line, or null when the line is not a byline. */
export function bylineAuthor(line: string): string | null {
  const match = GLUED_BYLINE.exec(line) ?? BYLINE.exec(line);
  const name = match?.[1]
    ?.replace(BYLINE_TAIL, "")
    .replace(/[,;]+$/, "")
    .trim();
  return name && looksLikeName(name) ? name : null;
}

function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  if (
    words.length > MAX_BYLINE_WORDS ||
    NOT_NAMES.has((words[0] ?? "").replace(/[^\p{L}]/gu, "").toLowerCase())
  )
    return false;
  // Initials ("J.") may end in a period; a sentence-final period or other punctuation means prose.
  if (/[!?:"“”]/.test(name) || /[a-z]{2}\.$/.test(name)) return false;
  return words.every((word) => CONNECTORS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word.replace(/,$/, "")));
}

export interface Stamp {
  readonly rule: string;
  readonly reason: string;
  readonly kind: "published" | "updated";
  readonly date: string | null;
}

/** A stamp line is a keyword followed only by date words; its date may be null ("Updated 2 hours ago"). */
export function readStamp(line: string): Stamp | null {
  for (const rule of STAMP_RULES) {
    const rest = rule.pattern.exec(line)?.[1];
    if (rest !== undefined && isDateOnly(rest)) {
      return { rule: rule.id, reason: rule.reason, kind: rule.kind, date: parseStampDate(rest) };
    }
  }
  return null;
}

/** A line that is nothing but a full date ("Fri, Sept 05, 2025"). */
export function datelineDate(line: string): string | null {
  const date = isDateOnly(line) ? parseStampDate(line) : null;
  return date !== null && date.length === 10 ? date : null;
}

export function extractMetaLines(units: readonly Unit[]): MetaLines {
  const long = units.flatMap((unit, index) => (wordCount(unit.text) >= LEDE_MIN_WORDS ? [index] : []));
  const leadEnd = long[0] ?? units.length;
  const tailStart = long.at(-1) ?? -1;
  let author: string | null = null;
  const dates: Record<"published" | "updated" | "dateline", string | null> = {
    published: null,
    updated: null,
    dateline: null,
  };
  const result = units.map((unit, index): Unit => {
    if (unit.removal !== null) return unit;
    // Bylines sit above the lede or below the last paragraph; mid-article "By Land And Sea" is a heading.
    const name = index < leadEnd || index > tailStart ? bylineAuthor(unit.text) : null;
    if (name !== null) {
      author ??= name;
      return removeUnit(unit, "byline", "byline moved to author metadata");
    }
    const stamp = readStamp(unit.text);
    if (stamp !== null) {
      dates[stamp.kind] ??= stamp.date;
      return removeUnit(unit, stamp.rule, stamp.reason);
    }
    // A bare date below the lede is a timeline sub-heading ("February 24, 2022"), not a dateline.
    const dateline = index < leadEnd ? datelineDate(unit.text) : null;
    if (dateline !== null) {
      dates.dateline ??= dateline;
      return removeUnit(unit, "date-line", "dateline moved to date metadata");
    }
    return keptUnit(unit.text);
  });
  return { units: result, author, published: dates.published ?? dates.updated ?? dates.dateline };
}
