/** @module Corpus-wide ids for records that per-article stages number locally ("s1", "v2", "e3"). */

/** `a_1f2e3d4c5b6a` + `s1` → `a_1f2e3d4c5b6a.s1`: unique across the corpus, and readable. */
export function scopedId(articleId: string, localId: string): string {
  return `${articleId}.${localId}`;
}

/** The article a scoped id belongs to, or null when the id is not scoped. */
export function articleOf(scoped: string): string | null {
  const dot = scoped.lastIndexOf(".");
  return dot > 0 ? scoped.slice(0, dot) : null;
}
