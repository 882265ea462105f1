/** @module Words that point at the moment of writing ("today", "now") and what TimeML value each takes. */

import type { TimexType } from "../core/records.ts";

export interface DeicticEntry {
  /** Matched case-insensitively at word boundaries; group 1, when present, is the extent (drops "at the"). */
  readonly pattern: string;
  readonly type: TimexType;
  /** Days from the publication date, for words naming a day. */
  readonly dayOffset?: number;
  /** TimeML part of day appended to the date ("tonight" → 2025-09-05TNI). */
  readonly partOfDay?: string;
  /** A fixed value that needs no reference ("now" → PRESENT_REF). */
  readonly fixed?: string;
}

export const DEICTIC_LEXICON: readonly DeicticEntry[] = [
  // "talks resumed today"
  { pattern: "today", type: "DATE", dayOffset: 0 },
  { pattern: "yesterday", type: "DATE", dayOffset: -1 },
  { pattern: "tomorrow", type: "DATE", dayOffset: 1 },
  // "the president will address the nation tonight"
  { pattern: "tonight", type: "TIME", dayOffset: 0, partOfDay: "NI" },
  { pattern: "this morning", type: "TIME", dayOffset: 0, partOfDay: "MO" },
  { pattern: "this afternoon", type: "TIME", dayOffset: 0, partOfDay: "AF" },
  { pattern: "this evening", type: "TIME", dayOffset: 0, partOfDay: "EV" },
  { pattern: "last night", type: "TIME", dayOffset: -1, partOfDay: "NI" },
  { pattern: "yesterday morning", type: "TIME", dayOffset: -1, partOfDay: "MO" },
  // "the talks are now in a new phase", "currently under discussion"
  { pattern: "right now", type: "DATE", fixed: "PRESENT_REF" },
  { pattern: "now", type: "DATE", fixed: "PRESENT_REF" },
  { pattern: "currently", type: "DATE", fixed: "PRESENT_REF" },
  { pattern: "at (the moment)", type: "DATE", fixed: "PRESENT_REF" },
  { pattern: "at (present)", type: "DATE", fixed: "PRESENT_REF" },
  { pattern: "nowadays", type: "DATE", fixed: "PRESENT_REF" },
  // "a meeting is possible in the near future"
  { pattern: "in (the near future)", type: "DATE", fixed: "FUTURE_REF" },
  { pattern: "recently", type: "DATE", fixed: "PAST_REF" },
  // "in the past, he has always ...", "which was in international waters at the time" — TimeML PAST_REF.
  {
    pattern: "in (the past)(?!\\s+(?:\\d|(?:\\w+\\s+)?(?:days?|weeks?|months?|years?|decades?)\\b))",
    type: "DATE",
    fixed: "PAST_REF",
  },
  { pattern: "at (the time)(?!\\s+of\\b)", type: "DATE", fixed: "PAST_REF" },
];
