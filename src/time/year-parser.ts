/** @module Years written alone: "since 2022", "in 2019", "early 2024", "summer of 2023", "the 1990s", "2014-2016". */

import {
  type Candidate,
  matchCandidates,
  resolved,
  type TimexContext,
  type TimexParser,
} from "./timex-candidate.ts";

// A bare four-digit number is a year only after a word that introduces a time: "in 2022" yes, "2022 prisoners" no.
const YEAR = new RegExp(
  "(?:\\b(?:in|since|by|until|till|from|during|before|after|through|throughout|of|between|year|fiscal)\\s+" +
    "|(?<=\\b(?:19|20)\\d\\d\\s*(?:-|–|to|and|or)\\s*))" +
    "((?:(?:early|late|mid)(?:-|\\s+))?((?:19|20)\\d\\d))\\b(?![.,]\\d|\\s*(?:%|percent))",
  "gid",
);

// Bare years at the start of a range are caught by the range's second half: "2014-2016".
const RANGE_START = /\b((?:19|20)\d\d)(?=\s*(?:-|–)\s*(?:19|20)\d\d\b)/dg;

// "early 2024" can also stand alone, its modifier is lead enough.
const MODIFIED = /\b((?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\s+)((?:19|20)\d\d))\b(?![.,]\d)/dg;

const SEASONS: Readonly<Record<string, string>> = {
  spring: "SP",
  summer: "SU",
  autumn: "FA",
  fall: "FA",
  winter: "WI",
};

// TimeML writes seasons as YYYY-SU.
const SEASON = /\b((spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:19|20)\d\d))\b/dgi;

// "the 1990s" → decade value "199".
const DECADE = /\b(?:the\s+)?((?:19|20)\d)0s\b/gi;

export class YearParser implements TimexParser {
  readonly name = "year";

  parse(ctx: TimexContext): Candidate[] {
    const years = [YEAR, RANGE_START, MODIFIED].flatMap((re) =>
      matchCandidates(ctx, re, (m) => {
        const extent = m.indices?.[1];
        const year = m[2] ?? m[1] ?? "";
        return extent ? resolved(this.name, { start: extent[0], end: extent[1] }, "DATE", year) : null;
      }),
    );
    const seasons = matchCandidates(ctx, SEASON, (m) => {
      const extent = m.indices?.[1];
      const code = SEASONS[(m[2] ?? "").toLowerCase()];
      return extent && code
        ? resolved(this.name, { start: extent[0], end: extent[1] }, "DATE", `${m[3]}-${code}`)
        : null;
    });
    const decades = matchCandidates(ctx, DECADE, (m) =>
      resolved(this.name, { start: m.index, end: m.index + m[0].length }, "DATE", m[1] ?? null),
    );
    return [...years, ...seasons, ...decades];
  }
}
