/** @module Decides whether a date written without direction points back or forward, from the nearest tense cue. */

import type { Span } from "../core/records.ts";
import { FUTURE_CUES, PAST_CUES } from "./tense-cues.ts";

export type Direction = "past" | "future";

/**
 * News copy is written in the past around its publication date, so "past" is the default; a future cue wins only
 * when it sits closer to the date than any past cue ("said on Thursday that he will call" stays past, "said the
 * talks will be held on June 2" goes forward).
 */
export function directionAt(
  text: string,
  sentence: Span,
  timex: Span,
  others: readonly Span[] = [],
): Direction {
  const future = nearestCue(text, sentence, timex, FUTURE_CUES, others);
  if (future === null) return "past";
  const past = nearestCue(text, sentence, timex, PAST_CUES, others);
  return past !== null && past < future ? "past" : "future";
}

// A past participle governed by a future or infinitive ("will be held", "to be signed") is not past.
const GOVERNED = /\b(?:will|would|shall|to|'ll)\s+(?:be\s+|have\s+)?$/i;

/**
 * `others` are the sentence's other timexes: a cue inside one ("over the next decade", "last year") speaks for that
 * timex only, not for ours.
 */
function nearestCue(
  text: string,
  sentence: Span,
  timex: Span,
  cues: readonly RegExp[],
  others: readonly Span[],
): number | null {
  let best: number | null = null;
  for (const cue of cues) {
    const re = new RegExp(cue.source, "gi");
    for (const m of text.slice(sentence.start, sentence.end).matchAll(re)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (start >= timex.start && end <= timex.end) continue;
      if (others.some((o) => start >= o.start && end <= o.end)) continue;
      if (cues === PAST_CUES && GOVERNED.test(text.slice(Math.max(sentence.start, start - 16), start)))
        continue;
      const distance = end <= timex.start ? timex.start - end : Math.max(0, start - timex.end);
      if (best === null || distance < best) best = distance;
    }
  }
  return best;
}
