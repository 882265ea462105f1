/**
 * @module Partial ISO dates on a time axis: a day is a point, a month or a year is the span it covers, so a chart
 * never draws "2025-07" as if it meant the first of July.
 */

export type DatePrecision = "day" | "month" | "year";

export interface DateSpan {
  readonly precision: DatePrecision;
  /** Days since 1970-01-01 of the first day covered. */
  readonly start: number;
  /** Days since 1970-01-01 of the day after the last day covered. */
  readonly end: number;
}

const DAY_MS = 86_400_000;

const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month, day) / DAY_MS;

/** `2025-07-25` → its day; `2025-07` → July; `2025` → the year; anything else (null, `2025-W21`) → null. */
export function dateSpan(date: string | null | undefined): DateSpan | null {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date) : null;
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) {
    const start = dayNumber(year, Number(m[2]) - 1, Number(m[3]));
    return { precision: "day", start, end: start + 1 };
  }
  if (m[2]) {
    const month = Number(m[2]) - 1;
    return { precision: "month", start: dayNumber(year, month, 1), end: dayNumber(year, month + 1, 1) };
  }
  return { precision: "year", start: dayNumber(year, 0, 1), end: dayNumber(year + 1, 0, 1) };
}

export function precisionOf(date: string | null | undefined): DatePrecision | null {
  return dateSpan(date)?.precision ?? null;
}

export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export interface Tick {
  readonly day: number;
  readonly label: string;
}

/** Axis ticks between two day numbers at a round step (days, weeks, months, quarters, years), at most `max`. */
export function ticks(from: number, to: number, max = 10): Tick[] {
  const span = Math.max(1, to - from);
  const out: Tick[] = [];
  const dayStep = [1, 2, 7, 14].find((step) => span / step <= max);
  if (dayStep) {
    for (let day = Math.ceil(from); day <= to; day += dayStep) out.push({ day, label: isoOfDay(day) });
    return out;
  }
  const start = new Date(from * DAY_MS);
  const monthStep = [1, 2, 3, 6].find((step) => span / (30.44 * step) <= max);
  if (monthStep) {
    // months counted from year 0, aligned so quarters start in January, April, July, October
    const first = start.getUTCFullYear() * 12 + start.getUTCMonth();
    for (let k = Math.ceil(first / monthStep) * monthStep; ; k += monthStep) {
      const day = dayNumber(Math.floor(k / 12), k % 12, 1);
      if (day > to) break;
      if (day >= from) out.push({ day, label: isoOfDay(day).slice(0, 7) });
    }
    return out;
  }
  const years = span / 365.25 / max;
  const yearStep = [1, 2, 5, 10, 20, 50, 100].find((step) => step >= years) ?? 100;
  for (
    let y = Math.ceil(start.getUTCFullYear() / yearStep) * yearStep;
    dayNumber(y, 0, 1) <= to;
    y += yearStep
  ) {
    if (dayNumber(y, 0, 1) >= from) out.push({ day: dayNumber(y, 0, 1), label: String(y) });
  }
  return out;
}

/** A linear scale from a day range onto pixels, with a little margin so edge marks stay visible. */
export function dayScale(from: number, to: number, left: number, right: number): (day: number) => number {
  const span = Math.max(1, to - from);
  return (day) => left + ((day - from) / span) * (right - left);
}
