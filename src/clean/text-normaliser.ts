/** @module Whitespace and Unicode normalisation shared by every cleaning pass. */

/** Soft hyphens and zero-width characters that page dumps leave inside words. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** One line as the rest of the pipeline sees it: NFC, single spaces, trimmed. */
export function normaliseLine(line: string): string {
  return line.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/**
 * The key two lines are compared by: case, punctuation and spacing differences are ignored, so a repeat
 * that only lost a comma or gained a trailing space still counts as a repeat.
 */
export function comparisonKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}
