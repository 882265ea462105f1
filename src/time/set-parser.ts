/** @module Recurring times (TimeML SET): "every week", "weekly", "twice a month", "$5 billion a year", "every two days". */

import { NUMBER_WORD_PATTERN, parseNumber } from "./number-words.ts";
import { durationValue, UNIT_PATTERN, unitOf } from "./time-units.ts";
import {
  type Candidate,
  matchCandidates,
  resolved,
  type TimexContext,
  type TimexParser,
} from "./timex-candidate.ts";

const EVERY = new RegExp(
  `\\b(?:every|each)\\s+(?:(other)\\s+|(\\d+|${NUMBER_WORD_PATTERN})\\s+)?(${UNIT_PATTERN}|night|morning|afternoon|evening)\\b`,
  "gi",
);

const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
};

// Lower case only: "the Daily Mail" is a name, not a rhythm.
const ADVERB = /\b(hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly)\b/g;

const ADVERB_VALUES: Readonly<Record<string, string>> = {
  hourly: "PT1H",
  daily: "P1D",
  nightly: "P1D",
  weekly: "P1W",
  fortnightly: "P2W",
  monthly: "P1M",
  quarterly: "P3M",
  annually: "P1Y",
  yearly: "P1Y",
};

// "twice a week", "three times a year", "$10 billion a year", "20 flights per day".
const RATE = new RegExp(
  `(?:\\b(?:once|twice|times)|\\d\\s*(?:%|percent|million|billion|trillion)?|\\b(?:million|billion|trillion|percent))\\s+((?:a|an|per)\\s+(${UNIT_PATTERN}))\\b`,
  "gid",
);

export class SetParser implements TimexParser {
  readonly name = "set";

  parse(ctx: TimexContext): Candidate[] {
    const every = matchCandidates(ctx, EVERY, (m) => {
      const count = m[1] ? 2 : parseNumber(m[2] ?? "one");
      const word = (m[3] ?? "").toLowerCase();
      const span = { start: m.index, end: m.index + m[0].length };
      // TimeML writes "every morning" as a time of any day: XXXX-XX-XXTMO.
      const part = PARTS_OF_DAY[word];
      if (part && count === 1) return resolved(this.name, span, "SET", `XXXX-XX-XXT${part}`);
      const unit = unitOf(part ? "day" : word);
      if (count === null || unit === null) return null;
      return resolved(this.name, span, "SET", durationValue(count, unit));
    });
    const adverbs = matchCandidates(ctx, ADVERB, (m) =>
      resolved(
        this.name,
        { start: m.index, end: m.index + m[0].length },
        "SET",
        ADVERB_VALUES[m[1] ?? ""] ?? null,
      ),
    );
    const rates = matchCandidates(ctx, RATE, (m) => {
      const at = m.indices?.[1];
      const unit = unitOf(m[2] ?? "");
      if (!at || !unit) return null;
      return resolved(this.name, { start: at[0], end: at[1] }, "SET", durationValue(1, unit));
    });
    return [...every, ...adverbs, ...rates];
  }
}
