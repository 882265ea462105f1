/** @module Years written alone: "since 2022", "in 2019", "early 2024", "summer of 2023", "the 1990s", "2014-2016", "the 20th century". */

import {
  type Candidate,
  matchCandidates,
  resolved,
  type TimexContext,
  type TimexParser,
} from "./timex-candidate.ts";

// A bare four-digit number is a year only after a word that introduces a time: "in 2022" yes, "2022 prisoners" no.
// The lead words are read by a lookbehind after the year: the search then starts only where a year could start
// (a third of the time of a leading pattern on news text).
const YEAR = new RegExp(
  "\\b((?:(?:early|late|mid)(?:-|\\s+))?((?:19|20)\\d\\d))\\b" +
    "(?<=(?:\\b(?:in|since|by|until|till|from|during|before|after|through|throughout|of|between|year|fiscal)\\s+" +
    "|\\b(?:19|20)\\d\\d\\s*(?:-|–|to|and|or)\\s*)(?:(?:early|late|mid)(?:-|\\s+))?\\d{4})" +
    "(?![.,]\\d|\\s*(?:%|percent))",
  "gid",
);

// Bare years at the start of a range are caught by the range's second half: "2014-2016", "1957-58".
const RANGE_START = /\b((?:19|20)\d\d)(?=\s*(?:-|–)\s*(?:(?:19|20)\d\d|\d\d)\b)/dg;

// "the expedition of 1957-58": TimeML tags the short second half as its own year, 1958.
const SHORT_RANGE_END = /(?<=\b(19|20)\d\d(?:-|–))(\d\d)\b(?![.,]?\d)/dg;

// A year used as a modifier after a determiner, as TimeML tags it: "a 2010 raid", "his 2007 campaign",
// "the 2008 crisis". After "the" the next word must not be a plural ("the 2000 troops" is a count).
const PREMODIFIER =
  /\b((?:19|20)\d\d)(?<=(?:\b(?:a|an|his|her|its|their|our|my|your|this|that)\s+|['’]s\s+)\d{4})(?=\s+[a-z])/dg;
const THE_PREMODIFIER = /\b((?:19|20)\d\d)(?<=\b[Tt]he\s+\d{4})(?=\s+[a-z]+\b)(?!\s+[a-z]+[^siu\s]s\b)/dg;

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

// "the 20th century" → "19", TimeML's century value (the first two digits of its years); "the" stays outside.
const CENTURY = /\b(\d{1,2})(?:st|nd|rd|th)[\s-]+[Cc]entury\b/g;
const CENTURY_WORDS = /\b(nineteenth|twentieth|twenty-first)[\s-]+[Cc]entury\b/gi;
const CENTURY_NUMBERS: Readonly<Record<string, number>> = {
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
};

export class YearParser implements TimexParser {
  readonly name = "year";

  parse(ctx: TimexContext): Candidate[] {
    const years = [YEAR, RANGE_START, MODIFIED, PREMODIFIER, THE_PREMODIFIER].flatMap((re) =>
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
    const shortEnds = matchCandidates(ctx, SHORT_RANGE_END, (m) =>
      resolved(this.name, { start: m.index, end: m.index + m[0].length }, "DATE", `${m[1]}${m[2]}`),
    );
    const centuries = [CENTURY, CENTURY_WORDS].flatMap((re) =>
      matchCandidates(ctx, re, (m) => {
        const n = CENTURY_NUMBERS[(m[1] ?? "").toLowerCase()] ?? Number(m[1]);
        if (!(n >= 1 && n <= 40)) return null;
        const value = String(n - 1).padStart(2, "0");
        return resolved(this.name, { start: m.index, end: m.index + m[0].length }, "DATE", value);
      }),
    );
    return [...years, ...shortEnds, ...seasons, ...decades, ...centuries];
  }
}
