/**
 * @module Page furniture at the top of a text dump that is neither metadata nor the headline: the outlet's
 * masthead ("Harbour Daily", "Harbour Daily | Business") and navigation or breadcrumb lines ("World | Politics |
 * Sport", "World › Europe").
 */

const NAV_SEPARATOR = /\s*(?:\||›|»|•|·|\/)\s*|\s+[—–]\s+/u;
const SENTENCE_END = /[.!?:;,"“”]$/u;
const MAX_MASTHEAD_WORDS = 5;
const MAX_NAV_SEGMENT_WORDS = 3;

/** "World | Politics | Sport | Search", "World › Europe": short segments joined by separators. */
export function isNavigationLine(line: string): boolean {
  const trimmed = line.trim();
  const segments = trimmed.split(NAV_SEPARATOR).filter(Boolean);
  const breadcrumb = /[›»]/u.test(trimmed);
  if (segments.length < (breadcrumb ? 2 : 3)) return false;
  return segments.every((s) => s.split(/\s+/).length <= MAX_NAV_SEGMENT_WORDS && !SENTENCE_END.test(s));
}

/**
 * The outlet a masthead line names, or null when the line does not look like one: a few capitalised words
 * without sentence punctuation, optionally followed by " | Section".
 */
export function mastheadOutlet(line: string): string | null {
  const [name = "", ...rest] = line.trim().split(/\s+\|\s+/);
  if (rest.length > 1) return null;
  const words = name.split(/\s+/);
  if (words.length === 0 || words.length > MAX_MASTHEAD_WORDS || SENTENCE_END.test(name)) return null;
  const capitalised = words.every(
    (w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|de|la|el|du|der)$/i.test(w),
  );
  return capitalised ? name : null;
}
