/** @module Keeps statements out of headlines, captions, teasers and repeated page furniture. */
import type { Sentence } from "../core/records.ts";
import { CAPTION_PATTERNS, PROSE_ENDING, TEASER_PATTERNS } from "./non-prose-patterns.ts";

/**
 * The sentences that read as reporting prose. A headline has no final punctuation; a caption or a
 * teaser matches a furniture pattern; a line repeated verbatim (page dumps repeat headlines and leads)
 * counts only the first time.
 */
/** Headlines stay under this many words; a longer line without final punctuation is prose cut short. */
const TRUNCATED_PROSE_WORDS = 30;

export function proseSentences(text: string, sentences: readonly Sentence[]): Sentence[] {
  const seenLines = new Set<string>();
  const lineVerdict = new Map<number, boolean>();
  const kept: Sentence[] = [];
  for (const s of sentences) {
    const lineStart = text.lastIndexOf("\n", s.start - 1) + 1;
    let verdict = lineVerdict.get(lineStart);
    if (verdict === undefined) {
      const lineEnd = text.indexOf("\n", s.start);
      const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
      verdict = isProseLine(line) && !seenLines.has(line);
      seenLines.add(line);
      lineVerdict.set(lineStart, verdict);
    }
    if (verdict && PROSE_ENDING.test(text.slice(s.start, s.end))) kept.push(s);
  }
  return kept;
}

export function isProseLine(line: string): boolean {
  // No final punctuation: a headline, unless it runs longer than headlines do (a page cut off mid-sentence).
  if (!PROSE_ENDING.test(line) && line.split(/\s+/).length < TRUNCATED_PROSE_WORDS) return false;
  return !TEASER_PATTERNS.some((p) => p.test(line)) && !CAPTION_PATTERNS.some((p) => p.test(line));
}
