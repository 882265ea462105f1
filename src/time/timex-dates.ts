/** @module Which timexes can date a statement or an event, and the calendar date they give. */

import type { Span, Timex } from "../core/records.ts";

// Contract dates are YYYY-MM-DD, YYYY-MM or YYYY; a clock time or a part of the day ("Wednesday evening",
// 2027-04-07TEV) keeps its day; weeks and PRESENT_REF do not qualify.
const CALENDAR_VALUE = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T(?:[\d:]+|MO|MI|AF|EV|NI|DT))?$/;

/** The ISO calendar date a DATE/TIME timex names, or null when it names none. */
export function calendarDate(t: Timex): string | null {
  if (t.type !== "DATE" && t.type !== "TIME") return null;
  return CALENDAR_VALUE.exec(t.value ?? "")?.[1] ?? null;
}

/** Timexes with a calendar date that lie inside `within`. */
export function datedTimexesIn(timexes: readonly Timex[], within: Span): Timex[] {
  return timexes.filter((t) => t.start >= within.start && t.end <= within.end && calendarDate(t) !== null);
}
