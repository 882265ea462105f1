/** @module Dates written into web addresses: "/world/2025/07/25/russia", "/20250829/putin-…", "/2025-07-25/". */

import { formatDate, formatMonth, isValidDate } from "./calendar.ts";

export interface DatedUrl {
  readonly url: string;
  readonly start: number;
  readonly end: number;
  /** `YYYY-MM-DD`, or `YYYY-MM` when the address holds only a month. */
  readonly date: string;
}

const URL = /\bhttps?:\/\/[^\s<>"')\]]+/g;

// Year first, as news CMSs write it; the separators must be path or dash characters, never digits of an id.
const IN_PATH = /[/_-]((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])(?:[/_-]?(0[1-9]|[12]\d|3[01]))?(?=[/_.-]|$)/;

/** Every web address in `text` whose path carries a calendar date. */
export function datedUrls(text: string): DatedUrl[] {
  const out: DatedUrl[] = [];
  for (const m of text.matchAll(URL)) {
    const url = m[0].replace(/[.,;:]+$/, "");
    const path = url.replace(/^https?:\/\/[^/]+/, "");
    const d = IN_PATH.exec(path);
    if (!d) continue;
    const year = Number(d[1]);
    const month = Number(d[2]);
    const day = d[3] ? Number(d[3]) : null;
    if (day !== null && !isValidDate(year, month, day)) continue;
    const date = day === null ? formatMonth(year, month) : formatDate({ year, month, day });
    out.push({ url, start: m.index, end: m.index + url.length, date });
  }
  return out;
}
