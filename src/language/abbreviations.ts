/** @module Abbreviations whose period does not end a sentence (data for the sentence splitter). */

/**
 * Never sentence-final: a title or a label is always followed by the word it qualifies
 * ("Dr. Ada Brook", "Jan. 5", "No. 10", "St. Petersburg").
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // personal and military titles, before a name
  "Mr.",
  "Mrs.",
  "Ms.",
  "Mx.",
  "Dr.",
  "Prof.",
  "Sr.",
  "Sen.",
  "Rep.",
  "Gov.",
  "Gen.",
  "Lt.",
  "Col.",
  "Capt.",
  "Cmdr.",
  "Sgt.",
  "Maj.",
  "Adm.",
  "Pres.",
  "Rev.",
  "Fr.",
  "Hon.",
  "Amb.",
  "Supt.",
  "Insp.",
  "Det.",
  // months and weekdays as written in datelines ("Sept. 5")
  "Jan.",
  "Feb.",
  "Mar.",
  "Apr.",
  "Jun.",
  "Jul.",
  "Aug.",
  "Sep.",
  "Sept.",
  "Oct.",
  "Nov.",
  "Dec.",
  "Mon.",
  "Tue.",
  "Tues.",
  "Wed.",
  "Thu.",
  "Thur.",
  "Thurs.",
  "Fri.",
  "Sat.",
  "Sun.",
  // labels before a number or a name
  "No.",
  "Nos.",
  "St.",
  "Mt.",
  "Ft.",
  "vs.",
  "v.",
  "approx.",
  "ca.",
  "cf.",
  "e.g.",
  "i.e.",
  "Art.",
  "Sec.",
  "Vol.",
  "pp.",
  "p.",
  "Fig.",
  "para.",
  "Ave.",
  "Blvd.",
  "Rd.",
]);

/**
 * May end a sentence ("…troops in the U.S. The next day…") but usually do not: the period is a
 * boundary only when the next word is a common sentence opener.
 */
export const MAYBE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "U.S.",
  "U.K.",
  "U.N.",
  "E.U.",
  "U.S.A.",
  "U.A.E.",
  "D.C.",
  "a.m.",
  "p.m.",
  "A.M.",
  "P.M.",
  "etc.",
  "Inc.",
  "Ltd.",
  "Co.",
  "Corp.",
  "Jr.",
  "Bros.",
  "Esq.",
  "Ph.D.",
  "B.C.",
  "A.D.",
]);

/**
 * The never-final abbreviations as lower-case stems without periods ("mr", "sept", "no"): the form the time
 * stage's sentence bounds and the cleaning stage's glued-sentence repair look words up in.
 */
export const NON_FINAL_STEMS: readonly string[] = [...NON_FINAL_ABBREVIATIONS]
  .filter((a) => /^\p{L}+\.$/u.test(a))
  .map((a) => a.slice(0, -1).toLowerCase());
