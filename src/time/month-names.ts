/** @module Month names as written in English news, for the month and year parsers. */

export const MONTHS: Readonly<Record<string, number>> = {
  January: 1,
  February: 2,
  March: 3,
  April: 4,
  May: 5,
  June: 6,
  July: 7,
  August: 8,
  September: 9,
  October: 10,
  November: 11,
  December: 12,
  // Wire copy abbreviates: "in Sept. 2024".
  "Jan.": 1,
  "Feb.": 2,
  "Aug.": 8,
  "Sept.": 9,
  "Oct.": 10,
  "Nov.": 11,
  "Dec.": 12,
};

/** Alternation with escaped dots, longest first ("Sept." before "Sep"). */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(".", "\\."))
  .join("|");
