/**
 * @module Page furniture at the top of a text dump that is neither metadata nor the headline: the outlet's
 * masthead ("Harbour Daily", "Harbour Daily | Business", "HARBOUR DAILY · English edition") and navigation or
 * breadcrumb lines ("World | Politics | Sport", "World › Europe", "World > Europe", "Companies / Shipping").
 */

const NAV_SEPARATOR = /\s*(?:\||›|»|•|·|\/|>)\s*|\s+[—–]\s+/u;
// "World > Europe", "Companies / Shipping": two segments are a breadcrumb when an arrow or a spaced slash joins them.
const BREADCRUMB = /[›»>]|\s\/\s/u;
// "Harbour Daily | Business", "HARBOUR DAILY · English edition", "Harbour Daily — Business": masthead and section.
const MASTHEAD_SEPARATOR = /\s+[|·•—–]\s+/u;
const SENTENCE_END = /[.!?:;,"“”]$/u;
const MAX_MASTHEAD_WORDS = 5;
const MAX_NAV_SEGMENT_WORDS = 3;
// After a dot or a dash only a word or two ("Business", "English edition", "World Service") is taken for the
// section or edition of a masthead; after a bar, any section name is.
const MAX_SECTION_WORDS = 2;

/** "World | Politics | Sport | Search", "World › Europe": short segments joined by separators. */
export function isNavigationLine(line: string): boolean {
  const trimmed = line.trim();
  const segments = trimmed.split(NAV_SEPARATOR).filter(Boolean);
  const breadcrumb = BREADCRUMB.test(trimmed);
  if (segments.length < (breadcrumb ? 2 : 3)) return false;
  // "Europe & Central Asia": the ampersand is no word
  const words = (s: string) => s.split(/\s+/).filter((w) => w !== "&").length;
  return segments.every((s) => words(s) <= MAX_NAV_SEGMENT_WORDS && !SENTENCE_END.test(s));
}

/**
 * The outlet a masthead line names, or null when the line does not look like one: a few capitalised words
 * without sentence punctuation (at least one of them a word, not a number: "16.02.2031 15h40" is a date stamp),
 * optionally followed by a short section or edition ("| Business", "· English edition", "— World Service").
 */
export function mastheadOutlet(line: string): string | null {
  // "ATP - Agence Tessaoréenne de Presse", "YelTA — Yelagian Telegraph Agency | English Service": an agency's
  // initials (two capitals at least) and its name in full, perhaps with its service after a bar
  const spelled =
    /^((?=\p{L}*\p{Lu}\p{L}*\p{Lu})\p{Lu}\p{L}{1,5})\s+[-—–]\s+((?:\p{Lu}[\p{L}'’-]*|de|du|des|da|do|di|la|el|of|the|and|für)(?:\s+(?:\p{Lu}[\p{L}'’-]*|de|du|des|da|do|di|la|el|of|the|and|für)){1,6})$/u.exec(
      line.trim().replace(/\s+\|\s+[^|]+$/u, ""),
    );
  if (
    spelled !== null &&
    (spelled[2] ?? "").split(/\s+/).some((w, i) => i === 0 && w.startsWith(spelled[1]?.[0] ?? ""))
  )
    return spelled[2] ?? null;
  const [name = "", ...rest] = line.trim().split(MASTHEAD_SEPARATOR);
  // "KANAL OVA | Haber · Gündem · Dünya · Spor": the masthead and the navigation on one line
  const bar = line.indexOf(" | ");
  if (rest.length > 1 && bar > 0 && isNavigationLine(line.slice(bar + 3)))
    return mastheadOutlet(line.slice(0, bar));
  if (rest.length > 1) return null;
  const section = rest[0];
  const sectionWords = section?.split(/\s+/).length ?? 0;
  const piped = /\s\|\s/.test(line);
  if (section !== undefined && ((!piped && sectionWords > MAX_SECTION_WORDS) || SENTENCE_END.test(section)))
    return null;
  const words = name.split(/\s+/);
  if (words.length === 0 || words.length > MAX_MASTHEAD_WORDS || SENTENCE_END.test(name)) return null;
  const capitalised = words.every(
    (w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|de|la|el|du|der)$/i.test(w),
  );
  return capitalised && words.some((w) => /^\p{Lu}/u.test(w)) ? name : null;
}
