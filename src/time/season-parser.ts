/** @module Seasons named from the publication date: "last summer", "this winter", "next spring" → TimeML `2012-SU`. */

import type { Ymd } from "./calendar.ts";
import { resolveAgainst } from "./reference-resolver.ts";
import {
  type Candidate,
  matchCandidates,
  resolved,
  type TimexContext,
  type TimexParser,
} from "./timex-candidate.ts";

interface Season {
  readonly code: string;
  /** First month; a season lasts three months. Winter starts in December and takes that year's label. */
  readonly start: number;
}

const SEASONS: Readonly<Record<string, Season>> = {
  spring: { code: "SP", start: 3 },
  summer: { code: "SU", start: 6 },
  autumn: { code: "FA", start: 9 },
  fall: { code: "FA", start: 9 },
  winter: { code: "WI", start: 12 },
};

// Only with a direction word: a bare "fall" is a verb, and a bare "summer" names no year.
const PATTERN =
  /\b(last|this\s+past|this|next|this\s+coming|coming)\s+(spring|summer|autumn|fall|winter)\b/gi;

type Which = "last" | "this" | "next";

const WHICH: Readonly<Record<string, Which>> = {
  last: "last",
  "this past": "last",
  this: "this",
  next: "next",
  "this coming": "next",
  coming: "next",
};

export class SeasonParser implements TimexParser {
  readonly name = "season";

  parse(ctx: TimexContext): Candidate[] {
    return matchCandidates(ctx, PATTERN, (m) => {
      const which = WHICH[(m[1] ?? "").toLowerCase().replace(/\s+/g, " ")];
      const season = SEASONS[(m[2] ?? "").toLowerCase()];
      if (!which || !season) return null;
      const span = { start: m.index, end: m.index + m[0].length };
      return resolved(
        this.name,
        span,
        "DATE",
        resolveAgainst(ctx.ref, (day) => seasonValue(day, season, which)),
      );
    });
  }
}

/** "last summer" is the latest one already over, "next" the first not yet begun, "this" the one holding the date or this year's. */
export function seasonValue(day: Ymd, season: Season, which: Which): string {
  const now = day.year * 12 + day.month - 1;
  const startOf = (year: number): number => year * 12 + season.start - 1;
  const years = [day.year - 2, day.year - 1, day.year, day.year + 1];
  let year = day.year;
  if (which === "last") year = years.filter((y) => startOf(y) + 2 < now).at(-1) ?? day.year - 1;
  else if (which === "next") year = years.find((y) => startOf(y) > now) ?? day.year + 1;
  else year = years.find((y) => startOf(y) <= now && now <= startOf(y) + 2) ?? day.year;
  return `${String(year).padStart(4, "0")}-${season.code}`;
}
