/** @module Removes photo captions: lines ending in a photo credit, and credited lines printed twice in a row. */
import { AGENCY_CREDIT, MAX_CAPTION_WORDS, PHOTO_CREDITS } from "./caption-rules.ts";
import { keptIndexes, removeUnit, type Unit } from "./clean-unit.ts";
import { comparisonKey, wordCount } from "./text-normaliser.ts";

const CAPTION_REASON = "photo caption, not article text";

/** Whether one line, on its own, ends the way a photo caption does. */
export function hasPhotoCredit(line: string): boolean {
  return wordCount(line) <= MAX_CAPTION_WORDS && PHOTO_CREDITS.some((pattern) => pattern.test(line));
}

/**
 * Every copy of a caption goes: a page dump repeats the caption (image alt text plus figcaption), and
 * keeping one copy would still put a non-article line in the text. An uncredited line repeated twice
 * is left to the repeat remover, which keeps its first copy: it may be a duplicated lede.
 */
export function removeCaptions(units: readonly Unit[]): Unit[] {
  const result = [...units];
  const kept = keptIndexes(units);
  kept.forEach((index, position) => {
    const unit = units[index];
    if (unit === undefined) return;
    const neighbours = [kept[position - 1], kept[position + 1]].map((i) =>
      i === undefined ? undefined : units[i],
    );
    const repeated = neighbours.some(
      (other) => other !== undefined && comparisonKey(other.text) === comparisonKey(unit.text),
    );
    const agencyCaption =
      repeated && wordCount(unit.text) <= MAX_CAPTION_WORDS && AGENCY_CREDIT.test(unit.text);
    if (hasPhotoCredit(unit.text) || agencyCaption)
      result[index] = removeUnit(unit, "caption", CAPTION_REASON);
  });
  return result;
}
