/** @module Time unit words and their TimeML duration letters ("days" → D, "hours" → H after the T). */

export interface TimeUnit {
  /** TimeML designator: Y, M, W, D for dates; H, M, S for clock units (written after "T"). */
  readonly letter: string;
  readonly clock: boolean;
  /** How many of the letter make one unit: a decade is 10 Y. */
  readonly factor: number;
}

export const TIME_UNITS: Readonly<Record<string, TimeUnit>> = {
  second: { letter: "S", clock: true, factor: 1 },
  minute: { letter: "M", clock: true, factor: 1 },
  hour: { letter: "H", clock: true, factor: 1 },
  day: { letter: "D", clock: false, factor: 1 },
  week: { letter: "W", clock: false, factor: 1 },
  month: { letter: "M", clock: false, factor: 1 },
  year: { letter: "Y", clock: false, factor: 1 },
  // "a decade of conflict" is P10Y in TimeML practice (DE is also seen, but Y is what consumers parse).
  decade: { letter: "Y", clock: false, factor: 10 },
  century: { letter: "Y", clock: false, factor: 100 },
};

/** Matches a unit word, singular or plural: "day", "days", "centuries". */
export const UNIT_PATTERN = "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)";

export function unitOf(word: string): TimeUnit | null {
  const w = word.toLowerCase().replace(/ies$/, "y").replace(/s$/, "");
  return TIME_UNITS[w] ?? null;
}

/** "P30D", "PT2H", "P10Y"; half units step down where TimeML has a smaller one ("half an hour" → PT30M). */
export function durationValue(amount: number, unit: TimeUnit): string | null {
  let n = amount * unit.factor;
  let letter = unit.letter;
  let clock = unit.clock;
  if (!Number.isInteger(n)) {
    if (unit.clock && letter === "H") [n, letter] = [n * 60, "M"];
    else if (!unit.clock && letter === "Y") [n, letter] = [n * 12, "M"];
    else if (!unit.clock && letter === "D") [n, letter, clock] = [n * 24, "H", true];
    if (!Number.isInteger(n)) return null;
  }
  return clock ? `PT${n}${letter}` : `P${n}${letter}`;
}
