/** @module News-aware direction for dates written without a year or week: the nearest occurrence on the right side. */

import { addDays, addMonths, dayNumber, isValidDate, weekdayOf, type Ymd } from "./calendar.ts";
import type { Direction } from "./tense-detector.ts";
import type { Modifier } from "./timex-candidate.ts";

/**
 * A date written without its year that would fall this far back is more likely the coming one: "on September 2"
 * in a report of August 29 means next week, not 361 days ago. Both bounds are in days.
 */
const FAR_PAST_DAYS = 240;
const NEAR_FUTURE_DAYS = 60;

/** "on Thursday": the latest such day on/before the reference (past), the first on/after (future). */
export function resolveWeekday(ref: Ymd, weekday: number, modifier: Modifier, direction: Direction): Ymd {
  const today = weekdayOf(ref);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  if (modifier === "last") return addDays(ref, -(back === 0 ? 7 : back));
  if (modifier === "next") return addDays(ref, ahead === 0 ? 7 : ahead);
  if (modifier === "this") {
    // ISO weeks start on Monday: "this Sunday" is the Sunday closing the reference's week.
    const isoToday = today || 7;
    return addDays(ref, (weekday || 7) - isoToday);
  }
  return addDays(ref, direction === "future" ? ahead : -back);
}

/** "on June 2": the nearest past occurrence, or the next one when the clause looks forward. */
export function resolveMonthDay(
  ref: Ymd,
  month: number,
  day: number,
  modifier: Modifier,
  direction: Direction,
): Ymd | null {
  const thisYear: Ymd = { year: ref.year, month, day };
  const onOrBefore = dayNumber(thisYear) <= dayNumber(ref);
  const past: Ymd = onOrBefore ? thisYear : { year: ref.year - 1, month, day };
  const future: Ymd =
    onOrBefore && dayNumber(thisYear) < dayNumber(ref) ? { year: ref.year + 1, month, day } : thisYear;
  let pick: Ymd;
  if (modifier === "this") pick = thisYear;
  else if (modifier === "next" || direction === "future") pick = future;
  else if (modifier === "last") pick = past;
  else if (
    dayNumber(ref) - dayNumber(past) > FAR_PAST_DAYS &&
    dayNumber(future) - dayNumber(ref) <= NEAR_FUTURE_DAYS
  )
    pick = future;
  else pick = past;
  return isValidDate(pick.year, pick.month, pick.day) ? pick : null;
}

/** "in May": the last May on/before the reference, or the coming one when the clause looks forward. */
export function resolveMonth(
  ref: Ymd,
  month: number,
  modifier: Modifier,
  direction: Direction,
): { year: number; month: number } {
  const back = (ref.month - month + 12) % 12;
  const ahead = (month - ref.month + 12) % 12;
  if (modifier === "this") return { year: ref.year, month };
  if (modifier === "last") return addMonths(ref.year, ref.month, -(back === 0 ? 12 : back));
  if (modifier === "next") return addMonths(ref.year, ref.month, ahead === 0 ? 12 : ahead);
  if (direction === "future") return addMonths(ref.year, ref.month, ahead);
  // Same far-past rule as for days, in months: "in September" written in late August is the coming one.
  if (back > 8 && ahead <= 2) return addMonths(ref.year, ref.month, ahead);
  return addMonths(ref.year, ref.month, -back);
}
