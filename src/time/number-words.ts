/** @module Spelled-out numbers as written in news copy ("three years", "a week", "two-hour"). */

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  // Articles count as one: "a week ago", "an hour-long call".
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  // "a couple of days" is two in news usage.
  couple: 2,
  // "half an hour", "half a year"; the unit converter turns 0.5 into a smaller unit where it can.
  half: 0.5,
};

/** Alternation for regexes: longest words first so "thirteen" is not read as "three". */
export const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** "30" → 30, "thirty" → 30, "twenty-five" → 25; null when it is not a number. */
export function parseNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/,/g, "");
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  const parts = w.split(/[-\s]+/);
  let total = 0;
  for (const p of parts) {
    const n = NUMBER_WORDS[p];
    if (n === undefined) return null;
    total += n;
  }
  return parts.length > 0 ? total : null;
}
