/** @module Small builders shared by the time stage's tests (no fixtures: every test writes its own sentence). */

import { parseRefDate } from "./calendar.ts";
import { sentenceSpans } from "./sentence-bounds.ts";
import type { Candidate, TimexContext, TimexParser } from "./timex-candidate.ts";

export function contextOf(text: string, published: string | null): TimexContext {
  return { text, ref: parseRefDate(published), sentences: sentenceSpans(text) };
}

/** What a parser found, in text order, as [extent, type, value] triples, for compact assertions. */
export function found(
  parser: TimexParser,
  text: string,
  published: string | null,
): [string, string, string | null][] {
  return parser
    .parse(contextOf(text, published))
    .sort((a, b) => a.start - b.start)
    .map((c: Candidate) => [text.slice(c.start, c.end), c.type, c.value]);
}
