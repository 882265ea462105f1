/** @module Absolute dates in header, feed and meta strings ("2025-08-29T10:00Z", "Fri, 29 Aug 2025", "Sept 05, 2025") → YYYY-MM-DD. */
import { monthNumber } from "./months.ts";

/** A date found inside a string, with where it was written. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

// Years outside this window in a header are far more likely to be ids or prices than dates.
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD` for a real calendar date, else null (rejects 2025-02-30, month 13, ...). */
export function ymd(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

type Reader = (m: RegExpMatchArray) => string | null;

interface DatePattern {
  readonly re: RegExp;
  readonly read: Reader;
}

const num = (s: string | undefined): number => Number(s ?? Number.NaN);

/** One numeric D/M/Y or M/D/Y: only when one reading is impossible (day > 12) or both agree. */
function readNumericDmy(m: RegExpMatchArray): string | null {
  const a = num(m[1]);
  const b = num(m[3]);
  const year = num(m[4]);
  if (a === b) return ymd(year, a, b);
  if (a > 12 && b <= 12) return ymd(year, b, a);
  if (b > 12 && a <= 12) return ymd(year, a, b);
  return null;
}

const PATTERNS: readonly DatePattern[] = [
  // ISO 8601 and its slash/dot variants with the year first (never ambiguous), optional time and zone.
  {
    re: /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/gu,
    read: (m) => ymd(num(m[1]), num(m[3]), num(m[4])),
  },
  // "2031. 04. 22.": the Hungarian order, year first, each part closed by a dot and a space.
  {
    re: /(?<![\d.])(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.(?!\d)/gu,
    read: (m) => ymd(num(m[1]), num(m[2]), num(m[3])),
  },
  // "Sept 05, 2025", "September 5th, 2025", "Sept. 5 2025".
  {
    re: /(?<![\p{L}\d])(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/giu,
    read: (m) => {
      const month = monthNumber(m[1] ?? "");
      return month === null ? null : ymd(num(m[3]), month, num(m[2]));
    },
  },
  // "5 September 2025", "29 Aug 2025" (RFC 822), "5. September 2025", "5 de septiembre de 2025", "29 августа 2025".
  {
    re: /(?<![\d.])(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/giu,
    read: (m) => {
      const month = monthNumber(m[2] ?? "");
      return month === null ? null : ymd(num(m[3]), month, num(m[1]));
    },
  },
  // "25.07.2025", "07/25/2025": only when unambiguous (see readNumericDmy).
  {
    re: /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])/gu,
    read: readNumericDmy,
  },
];

/** The first absolute calendar date written in `text`, or null. Partial dates ("September 2025") are not dates here. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, read } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (best !== null && start >= best.start) break;
      const value = read(m);
      if (value !== null) {
        best = { value, start, end: start + m[0].length };
        break;
      }
    }
  }
  return best;
}

/** `YYYY-MM-DD` for a header/feed/meta date string, or null when it holds no unambiguous absolute date. */
export function parseAbsoluteDate(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  return findDate(text)?.value ?? null;
}
