/** @module The chrono instance the time stage runs: chrono's English parsers for written dates, minus what we do ourselves. */

import { Chrono, en } from "chrono-node";
import { ChronoFilterRefiner } from "./chrono-filter-refiner.ts";

/**
 * Chrono parsers we keep, by class name (chrono exports instances, not classes). Relative phrases ("3 days ago",
 * "within 3 days") and slash dates are ours or left out: chrono resolves them to instants, and "24/7" is not a date.
 */
const KEPT_PARSERS = new Set([
  "ISOFormatParser",
  "ENYearMonthDayParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENWeekdayParser",
  "ENTimeExpressionParser",
]);

/**
 * Chrono refiners we drop: the unlikely-format filter removes bare weekdays in strict mode, the forward-date
 * refiner would guess a direction we decide from tense, and the range merger would fuse "May 16 to 18" into one
 * value where TimeML writes two.
 */
const DROPPED_REFINERS = new Set(["UnlikelyFormatFilter", "ForwardDateRefiner", "ENMergeDateRangeRefiner"]);

export function createChrono(): Chrono {
  const config = en.configuration.createConfiguration(true, false);
  return new Chrono({
    parsers: config.parsers.filter((p) => KEPT_PARSERS.has(p.constructor.name)),
    refiners: [
      ...config.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name)),
      new ChronoFilterRefiner(),
    ],
  });
}
