/** @module Words ending in a period that do not end a sentence, so "Sept. 5" or "U.S. President" stay in one sentence. */

export const NON_FINAL_ABBREVIATIONS: readonly string[] = [
  // Titles before names: "Mr. Peskov said".
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "gov",
  "sen",
  "rep",
  "st",
  // Abbreviated months before a day: "on Sept. 5".
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  // Initialisms: "the U.S. President".
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  // Clock times: "at 8 p.m. Sunday".
  "a.m",
  "p.m",
  // Numbering: "No. 2".
  "no",
  "vs",
];
