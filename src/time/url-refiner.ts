/** @module Drops candidates inside URLs and paths: "/world/2025/07/25/russia" is an address, not a date in the story. */

import type { Candidate, TimexContext, TimexRefiner } from "./timex-candidate.ts";

const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|\S+\/\S+\/\S+/g;

export class UrlRefiner implements TimexRefiner {
  readonly name = "url";

  refine(ctx: TimexContext, candidates: readonly Candidate[]): Candidate[] {
    const urls = [...ctx.text.matchAll(URL_LIKE)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    if (urls.length === 0) return [...candidates];
    return candidates.filter((c) => !urls.some((u) => c.start < u.end && c.end > u.start));
  }
}
