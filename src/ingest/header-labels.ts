/** @module Words that mark metadata lines at the top of plain-text news dumps (lower case). */

/** Copy-paste dumps and scrapers that prefix a bare "date" field: ` date 2025-08-29 https://...`. */
export const DATE_LABELS: readonly string[] = ["date", "dated", "stand"];

/** Stamps that give the publication date ("Published: Sept 5, 2025", "Posted on 5 May 2025"). */
export const PUBLISHED_LABELS: readonly string[] = [
  "published",
  "published on",
  "published at",
  "first published",
  "first published on",
  "posted",
  "posted on",
  "released",
  "publication date",
  "date published",
  "filed",
  "filed on",
  "filed at",
];

/** Stamps that give a later edit time; not a publication date, so they are removed but not believed. */
export const UPDATED_LABELS: readonly string[] = [
  "updated",
  "updated on",
  "updated at",
  "last updated",
  "last updated on",
  "last modified",
  "modified",
  "edited",
];

/**
 * Words a stamp line may hold beside its date, time and zone and the capitalised names of its place, author or outlet
 * ("20.02.2034, 11:15 Uhr", "04.06.2030 kl. 19:20", "Jane Roe, political correspondent | 07.09.2029 06:30").
 */
export const STAMP_WORDS: readonly string[] = [
  "kl",
  "klo",
  "uhr",
  "h",
  "hrs",
  "local",
  "time",
  "updated",
  "update",
  "posted",
  "published",
  "de",
  "del",
  "do",
  "da",
  "le",
  "la",
  "van",
  "von",
  "bin",
  "al",
  "el",
  "and",
  "correspondent",
  "reporter",
  "editor",
  "writer",
  "staff",
  "desk",
  "service",
  "political",
  "diplomatic",
  "foreign",
  "economics",
  "business",
  "chief",
  "senior",
  "special",
];

/** "Author: Jane Roe", "Written by Jane Roe" (the bare "By ..." form is matched separately, also glued "ByJane"). */
export const AUTHOR_LABELS: readonly string[] = [
  "author",
  "authors",
  "written by",
  "words by",
  "story by",
  "reported by",
];

/** "Source: Example Wire": the outlet a dump says it came from. */
export const SOURCE_LABELS: readonly string[] = ["source", "publisher", "outlet"];

/**
 * Page-furniture words that scrapers leave on header lines or as lines of their own before the title
 * (` date 2025-09-05 Search`, a lone "Menu").
 */
export const WIDGET_WORDS: readonly string[] = [
  "search",
  "menu",
  "share",
  "print",
  "listen",
  "subscribe",
  "sign in",
  "log in",
  "login",
  "advertisement",
  "home",
  "follow",
  "e-paper",
  "epaper",
  "save",
  "comments",
];

/** Name particles that stay lower case inside a byline ("By Ana de la Cruz and Jan van Dijk"). */
export const NAME_PARTICLES: readonly string[] = [
  "and",
  "&",
  "de",
  "del",
  "la",
  "le",
  "da",
  "di",
  "du",
  "van",
  "von",
  "der",
  "den",
  "al",
  "el",
  "bin",
  "ibn",
  "with",
];
