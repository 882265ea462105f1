/** @module Words around a speaker slot (data): fillers between speaker and cue, pronouns, generic sources. */

/** Words that may sit between a speaker and its verb ("Peskov has repeatedly ruled out", "he further stated"). */
export const SPEAKER_FILLERS: ReadonlySet<string> = new Set(
  `also further has have had earlier repeatedly previously later then again once reportedly publicly recently
  subsequently separately was is were are does did do not never will would can could today yesterday
  already still only first initially specifically explicitly flatly openly privately now meanwhile`.split(
    /\s+/,
  ),
);

/** Personal pronouns that may stand for a speaker; "they" is plural and left unresolved. */
export const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(["they", "we"]);

/** Unnamed sources: a statement with a speaker slot that names no one ("officials said") keeps speaker null. */
export const GENERIC_SOURCES: ReadonlySet<string> = new Set(
  `officials official sources source analysts analyst experts expert diplomats diplomat observers critics
  residents witnesses police authorities lawmakers legislators spokesman spokeswoman spokesperson aides aide
  insiders people person statement report reports media`.split(/\s+/),
);

/** "the agency", "the newspaper": a reference back to the outlet last named. */
export const MEDIA_REFERENCES: ReadonlySet<string> = new Set([
  "agency",
  "newspaper",
  "outlet",
  "broadcaster",
  "channel",
  "magazine",
  "daily",
  "paper",
  "network",
  "website",
]);
