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

// "earlier this year", "early this year" and "later this month" keep the period's value: TimeML marks the part
// with a modifier only. "this fiscal year" is written as the calendar year, as TimeBank does.
const PATTERN =
  /\b(?:(?:earlier|later|early|late|mid)[\s-]+)?(?:(the\s+)?(this\s+past|last|past|previous|this|current|next|coming|following)\s+)(?:fiscal\s+)?(week|month|year|weekend|decade)\b/gi;

type Shift = -1 | 0 | 1;

const STRETCH_WORDS = new Set(["past", "last", "next", "coming", "following"]);

const DURATIONS: Readonly<Record<string, string>> = {
  week: "P1W",
  month: "P1M",
  year: "P1Y",
  decade: "P10Y",
};

const SHIFTS: Readonly<Record<string, Shift>> = {
  last: -1,
  past: -1,
  previous: -1,
  "this past": -1,
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
  following: 1,
};

export class RelativePeriodParser implements TimexParser {
  readonly name = "relative-period";

  parse(ctx: TimexContext): Candidate[] {
    return matchCandidates(ctx, PATTERN, (m) => {
      const article = m[1];
      const word = (m[2] ?? "").toLowerCase().replace(/\s+/g, " ");
      const unit = (m[3] ?? "").toLowerCase();
      const span = { start: m.index, end: m.index + m[0].length };
      // "over the past week", "over the next decade" are stretches of time, not calendar periods.
      if (article && STRETCH_WORDS.has(word) && unit !== "weekend") {
        return resolved(this.name, span, "DURATION", DURATIONS[unit] ?? null);
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
  // TimeML writes a decade as its first three digits: "the 2010s" and "this decade" in 2013 are both "201".
  if (unit === "decade") return formatYear(day.year + 10 * shift).slice(0, 3);
  if (unit === "month") {
    const m = addMonths(day.year, day.month, shift);
    return formatMonth(m.year, m.month);
  }
  const week = formatWeek(addDays(day, 7 * shift));
  return unit === "weekend" ? `${week}-WE` : week;
}
