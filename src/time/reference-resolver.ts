/** @module Resolves a relative expression against a publication date that may be only a month or a year. */

import { daysInMonth, type RefDate, type Ymd } from "./calendar.ts";

/**
 * Evaluates `resolve` on the first and the last day the publication date could be; the value is kept only when both
 * agree, so "last year" resolves against "2025" but "on Thursday" does not (null rather than a guess).
 */
export function resolveAgainst(ref: RefDate | null, resolve: (day: Ymd) => string | null): string | null {
  if (!ref) return null;
  if (ref.month !== null && ref.day !== null)
    return resolve({ year: ref.year, month: ref.month, day: ref.day });
  const first: Ymd = { year: ref.year, month: ref.month ?? 1, day: 1 };
  const lastMonth = ref.month ?? 12;
  const last: Ymd = { year: ref.year, month: lastMonth, day: daysInMonth(ref.year, lastMonth) };
  const a = resolve(first);
  return a !== null && a === resolve(last) ? a : null;
}
