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

const REACH = 400;

const GLOBAL = new WeakMap<readonly RegExp[], RegExp[]>();

/** The cues as global, case-insensitive patterns, made once per list. */
function globalCues(cues: readonly RegExp[]): RegExp[] {
  let out = GLOBAL.get(cues);
  if (out === undefined) {
    out = cues.map((cue) => new RegExp(cue.source, "gi"));
    GLOBAL.set(cues, out);
  }
  return out;
}

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
  // a cue further than REACH from the timex speaks for other words (and a sentence that runs on for pages, as a
  // broken page can, would make every timex read all of it)
  const from = Math.max(sentence.start, timex.start - REACH);
  const words = text.slice(from, Math.min(sentence.end, timex.end + REACH));
  for (const re of globalCues(cues)) {
    for (const m of words.matchAll(re)) {
      const start = from + m.index;
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
