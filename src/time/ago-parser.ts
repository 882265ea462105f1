/** @module "three months ago", "a week ago": a point back from the publication date, at the precision of its unit. */

import { addDays, addMonths, formatDate, formatMonth, formatWeek, formatYear, type Ymd } from "./calendar.ts";
import { NUMBER_WORD_PATTERN, parseNumber } from "./number-words.ts";
import { resolveAgainst } from "./reference-resolver.ts";
import { UNIT_PATTERN } from "./time-units.ts";
import {
  type Candidate,
  matchCandidates,
  resolved,
  type TimexContext,
  type TimexParser,
} from "./timex-candidate.ts";

const PATTERN = new RegExp(
  `\\b(\\d+|(?:${NUMBER_WORD_PATTERN})(?:-(?:${NUMBER_WORD_PATTERN}))?|several|a\\s+few|few|many)\\s+(${UNIT_PATTERN})\\s+ago\\b`,
  "gi",
);

export class AgoParser implements TimexParser {
  readonly name = "ago";

  parse(ctx: TimexContext): Candidate[] {
    return matchCandidates(ctx, PATTERN, (m) => {
      const span = { start: m.index, end: m.index + m[0].length };
      const amount = parseNumber(m[1] ?? "");
      const unit = (m[2] ?? "").toLowerCase().replace(/ies$/, "y").replace(/s$/, "");
      // "several years ago" names no point we can write down.
      if (amount === null || !Number.isInteger(amount)) return resolved(this.name, span, "DATE", null);
      return resolved(
        this.name,
        span,
        "DATE",
        resolveAgainst(ctx.ref, (day) => agoValue(day, amount, unit)),
      );
    });
  }
}

/** The value keeps the unit's precision: "three months ago" is a month, not a day. */
function agoValue(day: Ymd, n: number, unit: string): string | null {
  switch (unit) {
    case "day":
      return formatDate(addDays(day, -n));
    case "week":
      return formatWeek(addDays(day, -7 * n));
    case "month": {
      const m = addMonths(day.year, day.month, -n);
      return formatMonth(m.year, m.month);
    }
    case "year":
      return formatYear(day.year - n);
    case "decade":
      return formatYear(day.year - 10 * n);
    default:
      // Hours and minutes ago would need the hour of publication, which we do not have.
      return null;
  }
}
