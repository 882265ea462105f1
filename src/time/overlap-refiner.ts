/** @module Keeps one candidate per stretch of text: the longest, and on a tie the one from the earlier parser. */

import type { Candidate, TimexContext, TimexRefiner } from "./timex-candidate.ts";

export class OverlapRefiner implements TimexRefiner {
  readonly name = "overlap";

  /** `priority` lists parser names, most trusted first. */
  constructor(private readonly priority: readonly string[]) {}

  refine(_ctx: TimexContext, candidates: readonly Candidate[]): Candidate[] {
    const rank = (c: Candidate): number => {
      const i = this.priority.indexOf(c.source);
      return i < 0 ? this.priority.length : i;
    };
    const ordered = [...candidates].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start,
    );
    const kept: Candidate[] = [];
    for (const c of ordered) {
      if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  }
}
