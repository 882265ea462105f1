/** @module Durations: "30 days", "the 50-day deadline", "three years", "two-hour talks", "several weeks", "for years". */

import { NUMBER_WORD_PATTERN, parseNumber } from "./number-words.ts";
import { durationValue, UNIT_PATTERN, unitOf } from "./time-units.ts";
import {
  type Candidate,
  matchCandidates,
  resolved,
  type TimexContext,
  type TimexParser,
} from "./timex-candidate.ts";

const NUMBER = `\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|(?:${NUMBER_WORD_PATTERN})(?:-(?:${NUMBER_WORD_PATTERN}))?`;

// "$10 billion" or "10%" have no unit after them, so only a number directly followed by a unit word is taken;
// "a second round" is an ordinal, so singular "second" never counts.
const COUNTED = new RegExp(
  `(?<![$€£\\d.,])\\b(${NUMBER})(?:\\s+|-)(?:of\\s+)?(${UNIT_PATTERN})(?<!\\bsecond)\\b(?!-old\\b)`,
  "gi",
);

// A vague count keeps the unit with an X: "several weeks" → PXW.
const VAGUE = new RegExp(`\\b(several|a\\s+few|few|many)\\s+(${UNIT_PATTERN})\\b`, "gi");

// "talks went on for years" — a bare plural after "for".
const FOR_PLURAL = /\bfor\s+(years|months|weeks|days|decades|hours)\b/gi;

export class DurationParser implements TimexParser {
  readonly name = "duration";

  parse(ctx: TimexContext): Candidate[] {
    const counted = matchCandidates(ctx, COUNTED, (m) => {
      const amount = parseNumber(m[1] ?? "");
      const unit = unitOf(m[2] ?? "");
      if (amount === null || unit === null || amount <= 0) return null;
      const span = { start: m.index, end: m.index + m[0].length };
      return resolved(this.name, span, "DURATION", durationValue(amount, unit));
    });
    const vague = matchCandidates(ctx, VAGUE, (m) => vagueDuration(this.name, m.index, m[0], m[2] ?? ""));
    const bare = matchCandidates(ctx, FOR_PLURAL, (m) => {
      const word = m[1] ?? "";
      return vagueDuration(this.name, m.index + m[0].length - word.length, word, word);
    });
    return [...counted, ...vague, ...bare];
  }
}

function vagueDuration(source: string, start: number, text: string, unitWord: string): Candidate | null {
  const unit = unitOf(unitWord);
  if (!unit) return null;
  const value = unit.factor !== 1 ? null : unit.clock ? `PTX${unit.letter}` : `PX${unit.letter}`;
  return resolved(source, { start, end: start + text.length }, "DURATION", value);
}
