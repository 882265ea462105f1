/**
 * @module The plain, readonly, JSON-serialisable records that flow between Dossier's stages.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into the text the record names (JavaScript
 * `slice` semantics), end exclusive. A value that is not known is `null`, never a guess.
 */

/** Where a publication date came from (contract §1). */
export type PublishedFrom = "header" | "meta" | "jsonld" | "url" | "text" | "inferred" | "given" | null;

/** The input formats a reader recognises. */
export type InputFormat = "text" | "html" | "jsonl" | "rss" | "atom";

/** A piece of text that cleaning or header parsing took out of an article, and why. */
export interface Removal {
  readonly text: string;
  /** Rule id, e.g. "teaser", "share-widget", "byline", "repeated-block". */
  readonly rule: string;
  /** Human-readable reason shown by `dossier show ID --removed`. */
  readonly reason: string;
}

/** Metadata an article carries about itself. */
export interface ArticleMeta {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly publishedFrom: PublishedFrom;
  readonly author: string | null;
  readonly lang: string | null;
}

/** What a reader produces: one document with its metadata and its body as read, before cleaning. */
export interface RawDoc extends ArticleMeta {
  /** Where Dossier read it: a file path, `path#N` for line/item N, or `-` / `-#N` for stdin. */
  readonly source: string;
  readonly format: InputFormat;
  /** Body text, paragraphs separated by blank lines; not yet cleaned. */
  readonly body: string;
  /** Lines the reader already took out (header stamps, bylines) with their reasons. */
  readonly removed: readonly Removal[];
  /** An id the input gave (JSONL `id`, feed guid), if any. */
  readonly givenId: string | null;
  /** False when a web page does not look like an article (an index, a login wall): the body is what there is. */
  readonly probablyArticle?: boolean;
}

/** One piece of evidence for an inferred publication date ("said on Saturday" after a dated event, a cited URL). */
export interface DateEvidence {
  readonly kind: string;
  readonly text: string;
  readonly date: string;
}

/** A cleaned article, ready for analysis. `id` is derived from the cleaned content. */
export interface Article extends ArticleMeta {
  readonly id: string;
  readonly source: string;
  readonly format: InputFormat;
  readonly text: string;
  readonly removed: readonly Removal[];
  /** sha256 (hex) of the normalised cleaned text: re-ingesting the same content is a no-op. */
  readonly contentHash: string;
  readonly givenId: string | null;
  /**
   * For an article that does not state its date: what its text says about it, whether or not that pinned a
   * date (`publishedFrom: "inferred"` when it did). Absent when the article states its date.
   */
  readonly dateEvidence?: {
    readonly notBefore: string | null;
    readonly evidence: readonly DateEvidence[];
  };
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextSpan extends Span {
  readonly text: string;
}

export type EntityType = "person" | "organization" | "place" | "other";

export interface Entity {
  /** Stable within the article ("e1", "e2", ...); the store maps it to a corpus-wide id. */
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentions: readonly Span[];
  /** Role or title seen with the entity ("Kremlin spokesman"), if any. */
  readonly roles: readonly string[];
}

export interface Speaker {
  /** Canonical name ("Dmitry Peskov" for "Peskov", "the Kremlin spokesman", "he"). */
  readonly name: string;
  /** The words as written at the cue. */
  readonly mention: string;
  readonly start: number;
  readonly end: number;
  readonly entityId: string | null;
}

export type StatementKind = "direct" | "indirect" | "mixed";

export interface Statement {
  readonly id: string;
  readonly speaker: Speaker | null;
  /** The outlet or agency that relayed the words ("RIA Novosti"), when the text says so. */
  readonly via: string | null;
  readonly kind: StatementKind;
  readonly cue: TextSpan;
  readonly content: TextSpan;
  /** When the words were said, if the text tells (ISO, possibly partial). */
  readonly date: string | null;
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface Timex extends TextSpan {
  readonly type: TimexType;
  /** TimeML TIMEX3 value (`2025-05-16`, `2025-05`, `2025-W21`, `P30D`, `PRESENT_REF`), or null if unresolved. */
  readonly value: string | null;
}

export interface NewsEvent extends TextSpan {
  readonly id: string;
  /** Event frame: "meeting", "talks", "ceasefire", "prisoner-exchange", "sanctions", "visit", "call", ... */
  readonly frame: string;
  readonly date: string | null;
  readonly participants: readonly string[];
}

export interface Sentence extends Span {
  /** Index of the paragraph (blank-line separated block) holding the sentence. */
  readonly paragraph: number;
}

/** Everything the per-article stages found in one article's text. */
export interface Analysis {
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly statements: readonly Statement[];
  readonly timexes: readonly Timex[];
  readonly events: readonly NewsEvent[];
}

export type StanceValue = "happened" | "planned" | "possible" | "conditional" | "unlikely" | "ruled_out";
/** Every stance value, from certain to refused. */
export const STANCE_VALUES: readonly StanceValue[] = [
  "happened",
  "planned",
  "possible",
  "conditional",
  "unlikely",
  "ruled_out",
];

export interface Proposition {
  readonly event: string;
  readonly participants: readonly string[];
}

export interface Stance {
  readonly id: string;
  readonly statementId: string;
  readonly holder: string;
  readonly proposition: Proposition;
  readonly stance: StanceValue;
  readonly condition: string | null;
  readonly date: string | null;
  /**
   * For a stance whose date is unknown: the earliest its article can be (from what it cites), so the stance can
   * still be placed after earlier ones. Absent when the date is known or nothing bounds it.
   */
  readonly notBefore?: string | null;
  /** The value was read by the learned model (src/stance/value-model.ts), the words holding no cue the rules know. */
  readonly learned?: true;
}

export interface DuplicateLink {
  readonly articleId: string;
  /** The kept copy. */
  readonly duplicateOf: string;
  /** The same page; an agency copy with local changes; a light rewrite (reworded, quotes and figures kept). */
  readonly kind: "same" | "syndicated" | "rewrite";
  /** Share of the article's shingles found in the kept copy (containment). */
  readonly containment: number;
}

export interface TimelineEntry {
  readonly date: string | null;
  readonly kind: "statement" | "event";
  readonly ref: string;
  readonly articleIds: readonly string[];
  /** Every statement or event merged into this entry (the same words in several articles), `ref` first. */
  readonly refs?: readonly string[];
}

export interface Story {
  readonly id: string;
  readonly title: string;
  readonly articleIds: readonly string[];
  readonly timeline: readonly TimelineEntry[];
}
