/** @module A chrono refiner that keeps only results that are real calendar dates written as dates. */

import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isValidDate } from "./calendar.ts";

/**
 * Stands in for chrono's own unlikely-format filter, which in strict mode drops bare weekdays ("on Thursday") —
 * the commonest date in news copy.
 */
export class ChronoFilterRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => isPlausible(r));
  }
}

const FULL_WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

function isPlausible(r: ParsingResult): boolean {
  // Bare numbers ("1,000", "10.5") are quantities, not dates.
  if (/^[\d\s.,]*$/.test(r.text)) return false;
  // "they may 5 times" — the modal verb, not the month.
  if (/(?:^|\s)may\b/.test(r.text)) return false;
  const s = r.start;
  // A weekday alone must be written out: "sat down", "the Sun" and "wed" are words, not days.
  if (s.isOnlyWeekdayComponent() && !s.isCertain("hour") && !FULL_WEEKDAY.test(r.text)) return false;
  if (s.isCertain("day") && s.isCertain("month")) {
    const year = s.isCertain("year") ? (s.get("year") ?? 2000) : 2000;
    if (!isValidDate(year, s.get("month") ?? 0, s.get("day") ?? 0)) return false;
  }
  return true;
}
