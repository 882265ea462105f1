/** @module Tags words that point at the moment of writing: "today", "yesterday", "tonight", "now", "currently". */

import { addDays, formatDate } from "./calendar.ts";
import { DEICTIC_LEXICON, type DeicticEntry } from "./deictic-lexicon.ts";
import { resolveAgainst } from "./reference-resolver.ts";
import {
  type Candidate,
  groupSpan,
  matchCandidates,
  resolved,
  type TimexContext,
  type TimexParser,
} from "./timex-candidate.ts";

export class DeicticParser implements TimexParser {
  readonly name = "deictic";

  parse(ctx: TimexContext): Candidate[] {
    return DEICTIC_LEXICON.flatMap((entry) =>
      matchCandidates(ctx, new RegExp(`\\b(?:${entry.pattern})\\b`, "gid"), (m) => {
        const span = groupSpan(m, 1) ?? { start: m.index, end: m.index + m[0].length };
        return resolved(this.name, span, entry.type, deicticValue(entry, ctx));
      }),
    );
  }
}

function deicticValue(entry: DeicticEntry, ctx: TimexContext): string | null {
  if (entry.fixed) return entry.fixed;
  const offset = entry.dayOffset ?? 0;
  return resolveAgainst(
    ctx.ref,
    (day) => formatDate(addDays(day, offset)) + (entry.partOfDay ? `T${entry.partOfDay}` : ""),
  );
}
