/** @module Quotes with no cue of their own that continue the statement just before them in the paragraph. */
import type { Sentence } from "../core/records.ts";
import type { ArticleIndex } from "./article-index.ts";
import { quotedContent } from "./content-span.ts";
import type { Found } from "./sentence-attributor.ts";

/** How far (in characters) an uncued quote may sit from the statement it continues. */
const REACH = 400;

/**
 * `He added that … . "And if …."` — a quote that opens a sentence, carries no cue, and follows a
 * statement on the same line belongs to that statement's speaker and cue.
 */
export function continuationQuotes(
  index: ArticleIndex,
  prose: readonly Sentence[],
  found: readonly Found[],
): Found[] {
  const starts = new Set(prose.map((s) => s.start));
  const extra: Found[] = [];
  for (const q of index.quotes) {
    if (!starts.has(q.start) || found.some((f) => f.content.start < q.end && f.content.end > q.start))
      continue;
    let previous: Found | undefined;
    for (const f of found) {
      const end = Math.max(f.content.end, f.cue.end);
      if (
        end <= q.start &&
        (previous === undefined || end > Math.max(previous.content.end, previous.cue.end))
      ) {
        previous = f;
      }
    }
    if (previous === undefined) continue;
    const gap = index.text.slice(Math.max(previous.content.end, previous.cue.end), q.start);
    if (gap.includes("\n") || gap.length > REACH) continue;
    const content = quotedContent(index, q);
    if (content !== null)
      extra.push({ ...content, speaker: previous.speaker, via: previous.via, cue: previous.cue });
  }
  return extra;
}
