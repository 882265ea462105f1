/** @module Patterns (data) for body lines that are metadata: bylines, date stamps, datelines. */

/** "By Jane Roe", "BY JANE ROE", "Written by Jane Roe"; captures the rest of the line. */
export const BYLINE = /^(?:written |words |story )?by\s+(.+)$/i;

/** Page dumps glue the byline prefix to the name when "By" and the name were separate elements: "ByNews Desk". */
export const GLUED_BYLINE = /^By(\p{Lu}.+)$/u;

/** Outlet or role appended after the name: "By Jane Roe | Daily Planet", "By Jane Roe — Staff Writer". */
export const BYLINE_TAIL = /\s*(?:\||\s[-–—]\s|•).*$/;

/** Words that may sit inside a personal or desk name without a capital ("Ana de Souza", "Roe and Doe"). */
export const NAME_CONNECTORS: readonly string[] = [
  "and",
  "&",
  "de",
  "da",
  "di",
  "du",
  "del",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
  "al",
  "el",
  "bin",
  "ibn",
  "y",
];

/**
 * First words that make "By X" a phrase rather than a byline: "By Monday", "By The Numbers" (a common
 * sub-heading; losing "By The Associated Press" as an author is the cheaper mistake).
 */
export const NOT_NAME_STARTS: readonly string[] = [
  "the",
  "then",
  "now",
  "this",
  "that",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Most bylines hold one to three names; a longer capitalised run is more likely a heading. */
export const MAX_BYLINE_WORDS = 8;

export interface StampRule {
  readonly id: string;
  readonly reason: string;
  /** Captures the date part of the stamp. */
  readonly pattern: RegExp;
  /** Whether the date is the publication date itself or only close to it (a later update). */
  readonly kind: "published" | "updated";
  readonly why: string;
}

export const STAMP_RULES: readonly StampRule[] = [
  {
    id: "publish-stamp",
    reason: "publication stamp moved to metadata",
    pattern: /^(?:first )?(?:published|posted)(?: on| at)?\s*[:\-–]?\s*(.+)$/i,
    kind: "published",
    why: "page dumps keep 'Published: <date>' / 'Posted on <date>' under the headline",
  },
  {
    id: "update-stamp",
    reason: "update stamp moved to metadata",
    pattern: /^(?:last )?(?:updated|modified|edited)(?: on| at)?\s*[:\-–]?\s*(.+)$/i,
    kind: "updated",
    why: "'Updated on: <date time zone>' / 'Last updated <date>' lines under the headline",
  },
];
