/** @module Runs chrono once over the whole text and turns its results into candidates holding only certain fields. */

import type { Chrono, ParsedComponents, ParsedResult } from "chrono-node";
import type { RefDate } from "./calendar.ts";
import { createChrono } from "./chrono-configuration.ts";
import type { Candidate, DateParts, Modifier, TimexContext, TimexParser } from "./timex-candidate.ts";

const FIELDS = ["year", "month", "day", "weekday", "hour", "minute"] as const;

// TimeML extents leave out the preposition and the punctuation chrono swallows: "on Thursday," → "Thursday".
const LEADING_NOISE = /^(?:[\s,(（]|(?:on|at|in|by|from|until|since)\s+)+/i;
const TRAILING_NOISE = /[\s,)）]+$/;

export class ChronoParser implements TimexParser {
  readonly name = "chrono";
  private chrono: Chrono | null = null;

  parse(ctx: TimexContext): Candidate[] {
    this.chrono ??= createChrono();
    const results = this.chrono.parse(ctx.text, { instant: referenceInstant(ctx.ref), timezone: 0 });
    return results.flatMap((r) => toCandidate(r) ?? []);
  }
}

function toCandidate(r: ParsedResult): Candidate | null {
  // "weekend"/"weekday" come out as a guessed single day; the relative-period parser handles weekends.
  if (/week(?:end|day)/i.test(r.text)) return null;
  const lead = LEADING_NOISE.exec(r.text)?.[0].length ?? 0;
  const trimmed = r.text.slice(lead).replace(TRAILING_NOISE, "");
  if (trimmed.length === 0) return null;
  const parts = certainParts(r.start);
  return {
    start: r.index + lead,
    end: r.index + lead + trimmed.length,
    type: parts.hour !== undefined ? "TIME" : "DATE",
    value: null,
    parts,
    modifier: modifierIn(trimmed),
    source: "chrono",
  };
}

function certainParts(c: ParsedComponents): DateParts {
  const parts: Record<string, number> = {};
  for (const f of FIELDS) {
    const v = c.get(f);
    if (c.isCertain(f) && v !== null) parts[f] = v;
  }
  return parts;
}

function modifierIn(text: string): Modifier {
  if (/\b(?:last|past)\b/i.test(text)) return "last";
  if (/\bnext\b/i.test(text)) return "next";
  if (/\bthis\b/i.test(text)) return "this";
  return null;
}

/** Chrono needs a reference instant; we read only certain fields, so any fixed instant is safe when none is known. */
function referenceInstant(ref: RefDate | null): Date {
  if (!ref) return new Date(Date.UTC(2000, 0, 1, 12));
  return new Date(Date.UTC(ref.year, (ref.month ?? 1) - 1, ref.day ?? 1, 12));
}
