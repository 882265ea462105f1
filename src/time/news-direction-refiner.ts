/** @module Gives a value to candidates that still hold calendar parts, using the publication date and the clause's tense. */

import { formatDate, formatMonth, formatYear, isValidDate, type Ymd } from "./calendar.ts";
import { resolveAgainst } from "./reference-resolver.ts";
import { sentenceAt } from "./sentence-bounds.ts";
import type { Direction } from "./tense-detector.ts";
import { directionAt } from "./tense-detector.ts";
import type { Candidate, DateParts, TimexContext, TimexRefiner } from "./timex-candidate.ts";
import { resolveMonth, resolveMonthDay, resolveWeekday } from "./year-inference.ts";

export class NewsDirectionRefiner implements TimexRefiner {
  readonly name = "news-direction";

  refine(ctx: TimexContext, candidates: readonly Candidate[]): Candidate[] {
    return candidates.map((c) => {
      if (!c.parts) return c;
      const sentence = sentenceAt(ctx.sentences, c.start, ctx.text.length);
      const others = candidates.filter((o) => o !== c && o.start >= sentence.start && o.end <= sentence.end);
      const direction = directionAt(ctx.text, sentence, c, others);
      const parts = c.parts;
      const value =
        parts.year !== undefined
          ? absoluteValue(parts)
          : resolveAgainst(ctx.ref, (ref) => relativeValue(ref, parts, c, direction));
      return { ...c, value, parts: null };
    });
  }
}

/** Dates that carry their year need no reference: "July 31, 2025". */
function absoluteValue(p: DateParts): string | null {
  const year = p.year ?? 0;
  if (p.month === undefined) return formatYear(year);
  if (p.day === undefined) return formatMonth(year, p.month);
  if (!isValidDate(year, p.month, p.day)) return null;
  return withTime(formatDate({ year, month: p.month, day: p.day }), p);
}

function relativeValue(ref: Ymd, p: DateParts, c: Candidate, direction: Direction): string | null {
  if (p.month !== undefined && p.day !== undefined) {
    const d = resolveMonthDay(ref, p.month, p.day, c.modifier, direction);
    return d ? withTime(formatDate(d), p) : null;
  }
  if (p.month !== undefined) {
    const m = resolveMonth(ref, p.month, c.modifier, direction);
    return formatMonth(m.year, m.month);
  }
  if (p.weekday !== undefined)
    return withTime(formatDate(resolveWeekday(ref, p.weekday, c.modifier, direction)), p);
  // A clock time alone ("at 3 p.m.") names no day for certain.
  return null;
}

function withTime(date: string, p: DateParts): string {
  if (p.hour === undefined) return date;
  const hh = String(p.hour).padStart(2, "0");
  const mm = String(p.minute ?? 0).padStart(2, "0");
  return `${date}T${hh}:${mm}`;
}
