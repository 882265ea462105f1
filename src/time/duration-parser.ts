/** @module Durations: "30 days", "the 50-day deadline", "the past two years", "two-hour talks", "several weeks", "for years". */

import type { Span } from "../core/records.ts";
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

// "talks went on for years", "it can take weeks", "set days before the surgery" — a bare plural is a duration
// only where the grammar asks for one.
const BARE_PLURAL = new RegExp(
  "(?:\\b(?:for|take|takes|took|taking|within)\\s+)(years|months|weeks|days|decades|hours|minutes)\\b" +
    `|(?<!(?:\\d|\\b(?:${NUMBER_WORD_PATTERN}|several|few|many))[\\s-]+)` +
    "\\b(years|months|weeks|days|decades|hours|minutes)(?=\\s+(?:before|after|later|earlier)\\b)",
  "gi",
);

// "in recent weeks": TimeML keeps "recent" in the extent.
const RECENT = /\brecent\s+(years|months|weeks|days|decades)\b/gi;

// "between 12 and 18 months": the first number takes the unit of the second.
const RANGE_START = new RegExp(
  `(?<![$€£\\d.,])\\b(${NUMBER})(?=\\s*(?:and|to|or|-|–)\\s*(?:${NUMBER})\\s+(${UNIT_PATTERN})\\b)`,
  "gi",
);

// TimeML extents take the determiner and the words that place or hedge a stretch of time: "the past two years",
// "the next few months", "the 90 years", "a mere 24 hours", "almost seven years". "about" and "more than" stay
// outside, as in TimeBank practice ("about <TIMEX3>a month</TIMEX3> earlier").
const LEAD =
  /(?:\b(?:the|a)\s+)?(?:\b(?:past|last|next|coming|following|first|final|previous|mere)\s+)?(?:\b(?:almost|nearly|roughly|approximately)\s+)?$/i;

export class DurationParser implements TimexParser {
  readonly name = "duration";

  parse(ctx: TimexContext): Candidate[] {
    const counted = matchCandidates(ctx, COUNTED, (m) => {
      const amount = parseNumber(m[1] ?? "");
      const unit = unitOf(m[2] ?? "");
      if (amount === null || unit === null || amount <= 0) return null;
      // A hyphenated adjective ("the 50-day deadline") keeps its own extent; the determiner belongs to the noun.
      const span = m[0].includes("-") ? spanOf(m) : widen(ctx.text, spanOf(m));
      return resolved(this.name, span, "DURATION", durationValue(amount, unit));
    });
    const vague = matchCandidates(ctx, VAGUE, (m) => {
      const span = widen(ctx.text, spanOf(m));
      return vagueDuration(this.name, span.start, ctx.text.slice(span.start, span.end), m[2] ?? "");
    });
    const bare = matchCandidates(ctx, BARE_PLURAL, (m) => {
      const word = m[1] ?? m[2] ?? "";
      return vagueDuration(this.name, m.index + m[0].length - word.length, word, word);
    });
    const recent = matchCandidates(ctx, RECENT, (m) => vagueDuration(this.name, m.index, m[0], m[1] ?? ""));
    const rangeStarts = matchCandidates(ctx, RANGE_START, (m) => {
      const amount = parseNumber(m[1] ?? "");
      const unit = unitOf(m[2] ?? "");
      if (amount === null || unit === null || amount <= 0) return null;
      return resolved(this.name, spanOf(m), "DURATION", durationValue(amount, unit));
    });
    return [...counted, ...vague, ...bare, ...recent, ...rangeStarts];
  }
}

function spanOf(m: RegExpExecArray): Span {
  return { start: m.index, end: m.index + m[0].length };
}

/** Takes in the leading determiner and hedges, and the possessive mark of "five years' probation". */
function widen(text: string, span: Span): Span {
  const lead = LEAD.exec(text.slice(Math.max(0, span.start - 40), span.start))?.[0].length ?? 0;
  const possessive = /s$/.test(text.slice(span.start, span.end)) && /^['’](?!\w)/.test(text.slice(span.end));
  return { start: span.start - lead, end: span.end + (possessive ? 1 : 0) };
}

function vagueDuration(source: string, start: number, text: string, unitWord: string): Candidate | null {
  const unit = unitOf(unitWord);
  if (!unit) return null;
  const value = unit.factor !== 1 ? null : unit.clock ? `PTX${unit.letter}` : `PX${unit.letter}`;
  return resolved(source, { start, end: start + text.length }, "DURATION", value);
}
