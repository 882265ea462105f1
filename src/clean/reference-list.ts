/** @module Takes a trailing list of footnote links ("References:" then "[1] https://...") out of the body. */
import { keptIndexes, removeUnit, type Unit } from "./clean-unit.ts";

/** Headings that introduce a footnote list at the end of an article. */
const HEADING = /^(?:references|sources|notes|footnotes|citations|links)\s*:?$/i;
/** "[1] https://...", "1. Title, https://...", or a bare URL line. */
const URL_ENTRY = /^(?:(?:\[\d{1,3}\]|\d{1,3}[.)]|[-*•^])\s*(?:\S.{0,200}?\s)?)?(?:https?:\/\/|www\.)\S+$/i;
/** "[2] Daily Planet, 3 May": without a URL an entry only counts under a heading. */
const NUMBERED_ENTRY = /^\[\d{1,3}\]\s*\S.{0,300}$/;

const REASON = "footnote reference list, not article text";

export function removeReferenceList(units: readonly Unit[]): Unit[] {
  const kept = keptIndexes(units);
  let start = kept.length;
  let hasUrl = false;
  while (start > 0) {
    const text = units[kept[start - 1] ?? -1]?.text ?? "";
    if (URL_ENTRY.test(text)) hasUrl = true;
    else if (!NUMBERED_ENTRY.test(text)) break;
    start -= 1;
  }
  const headingIndex = kept[start - 1];
  const heading = headingIndex === undefined ? undefined : units[headingIndex];
  const hasHeading = heading !== undefined && HEADING.test(heading.text);
  // Numbered lines with no URL and no heading could be a numbered list in the article itself.
  if (start === kept.length || !(hasUrl || hasHeading)) return [...units];
  const first = hasHeading ? start - 1 : start;
  const result = [...units];
  for (const index of kept.slice(first)) {
    const unit = units[index];
    if (unit !== undefined) result[index] = removeUnit(unit, "reference-list", REASON);
  }
  return result;
}
