/** @module What the per-article stages are given instead of reading the clock or the network. */

export interface AnalysisContext {
  /** The article's publication date (ISO, possibly partial), the reference for relative dates; null if unknown. */
  readonly published: string | null;
}
