/** @module Quotes with no cue of their own that continue the statement just before them in the paragraph. */
import type { Sentence } from "../core/records.ts";
import type { ArticleIndex } from "./article-index.ts";
import { quotedContent } from "./content-span.ts";
import type { Found } from "./sentence-attributor.ts";

/** How far (in characters) an uncued quote may sit from the statement it continues. */
const REACH = 400;

/**
 * `He added that … . "And if …."` — a quote that opens a sentence, carries no cue, and follows a
 * statement on the same line belongs to that statement's speaker and cue. With `acrossParagraphs`, so does one that
 * opens the next paragraph when the statement's sentence closes its own (“A,” X said.¶“B.”: PolNeAR's content runs
 * from A to B); the final statements take it (PolNeAR dev and train exact content F1 +0.1 each), the rules' labels
 * the tagger reads do not (there it cost 0.5 of source and cue F1 on dev).
 */
export function continuationQuotes(
  index: ArticleIndex,
  prose: readonly Sentence[],
  found: readonly Found[],
  acrossParagraphs = false,
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
    if ((gap.includes("\n") && !(acrossParagraphs && nextParagraph(gap))) || gap.length > REACH) continue;
    const content = quotedContent(index, q);
    if (content !== null)
      extra.push({ ...content, speaker: previous.speaker, via: previous.via, cue: previous.cue });
  }
  return extra;
}

/** The gap after a statement is the rest of its sentence, closed, and one paragraph break (one blank line at most). */
function nextParagraph(gap: string): boolean {
  const lines = gap.split("\n");
  return (
    lines.length <= 3 &&
    /[.!?…]["”’]?\s*$/u.test(lines[0] ?? "") &&
    lines.slice(1).every((l) => !/\S/u.test(l))
  );
}
