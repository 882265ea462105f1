/** @module Pure calendar arithmetic on plain numbers (UTC day numbers), so no stage ever depends on the host time zone. */

/** A publication date, possibly partial: `2025-09-05`, `2025-09` or `2025`. */
export interface RefDate {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

export function parseRefDate(iso: string | null): RefDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? "");
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && !isValidDate(year, month, day)) return { year, month, day: null };
  return { year, month, day };
}

/** The full reference day, when the publication date has one. */
export function refDay(ref: RefDate | null): Ymd | null {
  return ref && ref.month !== null && ref.day !== null
    ? { year: ref.year, month: ref.month, day: ref.day }
    : null;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dayNumber(d: Ymd): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(d) + days);
}

/** 0 = Sunday … 6 = Saturday, as chrono numbers weekdays. */
export function weekdayOf(d: Ymd): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7;
}

/** Shift a (year, month) by whole months. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const isoDay = weekdayOf(d) || 7;
  const thursday = addDays(d, 4 - isoDay);
  const jan1 = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatDate(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}
