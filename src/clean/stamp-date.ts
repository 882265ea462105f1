/** @module Reads the calendar date printed in a stamp or dateline; null when it is not a full, valid date. */
import { MONTHS, STAMP_FILLERS, WEEKDAYS } from "./date-words.ts";

const WEEKDAY_SET = new Set(WEEKDAYS);
const FILLER_SET = new Set(STAMP_FILLERS);

/** Time zone abbreviations ("IST", "GMT+3", "UTC+03:00") are upper-case letters with an optional offset. */
const TIME_ZONE = /^[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?$/;
const NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$/i;
const CLOCK = /^\d{1,2}[:.]\d{2}(?::\d{2})?(?:am|pm)?$/i;
const ISO_STAMP = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True when every token of `text` could be part of a date stamp and at least one is a number. */
export function isDateOnly(text: string): boolean {
  const tokens = text.split(/[\s,|/·•()]+/).filter((token) => token !== "");
  if (tokens.length === 0 || !/\d/.test(text)) return false;
  return tokens.every((token) => isStampToken(token));
}

function isStampToken(token: string): boolean {
  const bare = token.replace(/[.:;]+$/, "");
  const lower = bare.toLowerCase();
  return (
    bare === "" ||
    /^[-–—]+$/.test(bare) ||
    lower in MONTHS ||
    WEEKDAY_SET.has(lower) ||
    FILLER_SET.has(lower) ||
    NUMBER.test(bare) ||
    CLOCK.test(bare) ||
    ISO_STAMP.test(bare) ||
    TIME_ZONE.test(bare)
  );
}

/** ISO date (`YYYY-MM-DD`, or `YYYY-MM` when only month and year are printed) or null. */
export function parseStampDate(text: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (monthFirst) return fromMonthName(monthFirst[1], monthFirst[2], monthFirst[3]);
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (dayFirst) return fromMonthName(dayFirst[2], dayFirst[1], dayFirst[3]);
  const monthYear = /\b([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  const month = monthYear ? MONTHS[monthYear[1]?.toLowerCase() ?? ""] : undefined;
  if (monthYear && month !== undefined) return `${monthYear[2]}-${pad(month)}`;
  // Numeric day/month orders (05/09/2025) are ambiguous between locales: no guess.
  return null;
}

function fromMonthName(name: string | undefined, day: string | undefined, year: string | undefined) {
  const month = MONTHS[name?.toLowerCase() ?? ""];
  if (month === undefined) return null;
  return isoDate(Number(year), month, Number(day));
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
