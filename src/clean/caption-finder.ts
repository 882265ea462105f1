/** @module Removes photo captions: lines ending in a photo credit, and credited lines printed twice in a row. */
import {
  AGENCY_CREDIT,
  MAX_CAPTION_WORDS,
  MAX_UNCREDITED_CAPTION_WORDS,
  PHOTO_CREDITS,
} from "./caption-rules.ts";
import { keptIndexes, removeUnit, type Unit } from "./clean-unit.ts";
import { comparisonKey, wordCount } from "./text-normaliser.ts";

const CAPTION_REASON = "photo caption, not article text";

/** Whether one line, on its own, ends the way a photo caption does. */
export function hasPhotoCredit(line: string): boolean {
  return wordCount(line) <= MAX_CAPTION_WORDS && PHOTO_CREDITS.some((pattern) => pattern.test(line));
}

/**
 * Every copy of a caption goes: a page dump repeats the caption (image alt text plus figcaption), and
 * keeping one copy would still put a non-article line in the text. A short uncredited line printed twice in a
 * row goes too, unless it opens the article; a longer one is left to the repeat remover, which keeps its first copy: it may be a duplicated
 * lede.
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
    const words = wordCount(unit.text);
    const agencyCaption = repeated && words <= MAX_CAPTION_WORDS && AGENCY_CREDIT.test(unit.text);
    // the first paragraph printed twice is a doubled lede, not a caption: pictures follow the lede
    const opening = units[kept[0] ?? -1];
    const isLede = opening !== undefined && comparisonKey(opening.text) === comparisonKey(unit.text);
    const shortRepeat = repeated && !isLede && words <= MAX_UNCREDITED_CAPTION_WORDS;
    if (hasPhotoCredit(unit.text) || agencyCaption || shortRepeat)
      result[index] = removeUnit(unit, "caption", CAPTION_REASON);
  });
  return result;
}
