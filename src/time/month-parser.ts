/** @module Month references without a day: "in May", "May 2024", "early June", "mid-August", "last March". */

import { MONTH_PATTERN, MONTHS } from "./month-names.ts";
import type { Candidate, DateParts, Modifier, TimexContext, TimexParser } from "./timex-candidate.ts";
import { matchCandidates } from "./timex-candidate.ts";

// "late last July" keeps both words: TimeML marks the part with a modifier and the direction in the value.
// Month names are matched in their capitalised form only: "may" and "march" are also a verb and a noun.
const PATTERN = new RegExp(
  `\\b((?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+))?((?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\\s+)?(${MONTH_PATTERN})(?:,?\\s+(\\d{4})\\b)?(?!\\s*\\d)`,
  "g",
);

// A bare capitalised "May" or "March" is a month only after words like these: "in May", "since March".
const MONTH_LEAD =
  /\b(?:in|since|by|until|till|from|during|before|after|through|throughout|of|between|and|or|to|end|beginning|start|middle|late|early)\s+(?:of\s+)?$/i;

export class MonthParser implements TimexParser {
  readonly name = "month";

  parse(ctx: TimexContext): Candidate[] {
    return matchCandidates(ctx, PATTERN, (m) => {
      const [, mod, direction, name = "", year] = m;
      const month = MONTHS[name];
      if (month === undefined) return null;
      const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
      // "16 May" is a day; chrono reads it whole.
      if (/\d(?:st|nd|rd|th)?\s*(?:of\s+)?$/.test(before)) return null;
      if (!year && !mod && !direction && !MONTH_LEAD.test(before)) return null;
      const parts: DateParts = year ? { year: Number(year), month } : { month };
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: "DATE",
        value: null,
        parts,
        modifier: modifierOf(direction),
        source: this.name,
      };
    });
  }
}

function modifierOf(word: string | undefined): Modifier {
  const w = (word ?? "").trim().toLowerCase();
  if (w === "last" || w === "past") return "last";
  if (w === "next") return "next";
  if (w === "this") return "this";
  return null;
}
