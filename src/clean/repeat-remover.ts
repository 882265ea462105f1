/** @module Drops body lines that repeat the title or an earlier paragraph (page dumps repeat title and lede). */
import { keptIndexes, removeUnit, type Unit } from "./clean-unit.ts";
import { comparisonKey } from "./text-normaliser.ts";

/**
 * Short lines ("Background", "Analysis") may legitimately recur as sub-headings; only a repeat at least
 * this long (in key characters) is taken for a duplicated block.
 */
const MIN_REPEAT_KEY = 20;

/**
 * `blocks: false` keeps repeated paragraphs and drops only title repeats: in a web page the HTML reader has already
 * chosen the article container, and repeats inside it are structure (recipe steps, schedules, table rows); on the
 * Zyte benchmark dropping them cost recall and gained no precision.
 */
export function removeRepeats(units: readonly Unit[], title: string | null, blocks = true): Unit[] {
  const titleKey = title === null ? "" : comparisonKey(title);
  const seen = new Set<string>();
  const result = [...units];
  for (const index of keptIndexes(units)) {
    const unit = units[index];
    if (unit === undefined) continue;
    const key = comparisonKey(unit.text);
    if (key !== "" && key === titleKey) {
      result[index] = removeUnit(unit, "repeated-title", "repeats the article title");
    } else if (blocks && key.length >= MIN_REPEAT_KEY && seen.has(key)) {
      result[index] = removeUnit(unit, "repeated-block", "repeats an earlier paragraph");
    }
    seen.add(key);
  }
  return result;
}
