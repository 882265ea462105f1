/** @module dateForSpan: the date of an event mention, from a dated timex close to it in the same sentence. */

import type { Span, Timex } from "../core/records.ts";
import { sentenceAt, sentenceSpans } from "./sentence-bounds.ts";
import { calendarDate, datedTimexesIn } from "./timex-dates.ts";

// "held talks in Istanbul on May 16": the date sits within a short phrase of the event; farther away it
// usually dates another clause.
const MAX_GAP = 60;

export function dateForSpan(span: Span, text: string, timexes: readonly Timex[]): string | null {
  const sentence = sentenceAt(sentenceSpans(text), span.start, text.length);
  let best: { gap: number; date: string } | null = null;
  for (const t of datedTimexesIn(timexes, sentence)) {
    const gap = t.start >= span.end ? t.start - span.end : t.end <= span.start ? span.start - t.end : 0;
    const date = calendarDate(t);
    // The later timex wins a tie: English puts the date after the event ("met ... on Friday").
    if (
      date &&
      gap <= MAX_GAP &&
      (best === null || gap < best.gap || (gap === best.gap && t.start > span.start))
    ) {
      best = { gap, date };
    }
  }
  return best?.date ?? null;
}
