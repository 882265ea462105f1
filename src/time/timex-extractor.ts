/** @module extractTimexes: runs the configured parsers once over the text, then the refiners, and returns Timex records. */

import type { AnalysisContext } from "../core/context.ts";
import type { Timex } from "../core/records.ts";
import { parseRefDate } from "./calendar.ts";
import { sentenceSpans } from "./sentence-bounds.ts";
import type { TimexContext } from "./timex-candidate.ts";
import { createTimexConfiguration } from "./timex-configuration.ts";

// Built once: chrono compiles its patterns on first use, and the configuration holds no per-text state.
const CONFIGURATION = createTimexConfiguration();

/** TIMEX3-style expressions in `text`, values resolved against `ctx.published` (null where that is needed and missing). */
export function extractTimexes(text: string, ctx: AnalysisContext): Timex[] {
  const tctx: TimexContext = { text, ref: parseRefDate(ctx.published), sentences: sentenceSpans(text) };
  let candidates = CONFIGURATION.parsers.flatMap((p) => p.parse(tctx));
  for (const refiner of CONFIGURATION.refiners) candidates = refiner.refine(tctx, candidates);
  return candidates.map((c) => ({
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    type: c.type,
    value: c.value,
  }));
}
