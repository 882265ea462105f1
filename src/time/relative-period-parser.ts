/** @module "last week", "this month", "next year", "earlier this year", "last weekend": periods named from the publication date. */

import { addDays, addMonths, formatMonth, formatWeek, formatYear, type Ymd } from "./calendar.ts";
import { resolveAgainst } from "./reference-resolver.ts";
import {
  type Candidate,
  matchCandidates,
  resolved,
  type TimexContext,
  type TimexParser,
} from "./timex-candidate.ts";

// "earlier this year" and "later this month" keep the period's value: TimeML marks the part with a modifier only.
const PATTERN =
  /\b(?:(?:earlier|later)\s+)?(?:(the\s+)?(this\s+past|last|past|previous|this|current|next|coming)\s+)(week|month|year|weekend)\b/gi;

type Shift = -1 | 0 | 1;

const SHIFTS: Readonly<Record<string, Shift>> = {
  last: -1,
  past: -1,
  previous: -1,
  "this past": -1,
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
};

export class RelativePeriodParser implements TimexParser {
  readonly name = "relative-period";

  parse(ctx: TimexContext): Candidate[] {
    return matchCandidates(ctx, PATTERN, (m) => {
      const article = m[1];
      const word = (m[2] ?? "").toLowerCase().replace(/\s+/g, " ");
      const unit = (m[3] ?? "").toLowerCase();
      const span = { start: m.index, end: m.index + m[0].length };
      // "over the past week" is a stretch of time, not a calendar week.
      if (article && (word === "past" || word === "last") && unit !== "weekend") {
        return resolved(
          this.name,
          span,
          "DURATION",
          unit === "week" ? "P1W" : unit === "month" ? "P1M" : "P1Y",
        );
      }
      const shift = SHIFTS[word] ?? 0;
      return resolved(
        this.name,
        span,
        "DATE",
        resolveAgainst(ctx.ref, (day) => periodValue(day, unit, shift)),
      );
    });
  }
}

function periodValue(day: Ymd, unit: string, shift: Shift): string | null {
  if (unit === "year") return formatYear(day.year + shift);
  if (unit === "month") {
    const m = addMonths(day.year, day.month, shift);
    return formatMonth(m.year, m.month);
  }
  const week = formatWeek(addDays(day, 7 * shift));
  return unit === "weekend" ? `${week}-WE` : week;
}
