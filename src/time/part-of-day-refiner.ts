/** @module "Friday afternoon", "Sunday night": a dated day followed by a part of the day becomes a TimeML TIME (`2013-03-22TAF`). */

import type { Candidate, TimexContext, TimexRefiner } from "./timex-candidate.ts";

const PARTS: Readonly<Record<string, string>> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
};

const FOLLOWING = /^\s+(morning|afternoon|evening|night)\b/i;

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Runs after the direction refiner, so the day already has its value. */
export class PartOfDayRefiner implements TimexRefiner {
  readonly name = "part-of-day";

  refine(ctx: TimexContext, candidates: readonly Candidate[]): Candidate[] {
    return candidates.map((c, i) => {
      if (c.type !== "DATE") return c;
      const m = FOLLOWING.exec(ctx.text.slice(c.end, c.end + 16));
      const part = PARTS[(m?.[1] ?? "").toLowerCase()];
      if (!m || !part) return c;
      const end = c.end + m[0].length;
      // Another timex already owns the word ("Friday every morning" is two).
      if (candidates[i + 1] && (candidates[i + 1] as Candidate).start < end) return c;
      const value = c.value !== null && FULL_DATE.test(c.value) ? `${c.value}T${part}` : c.value;
      return { ...c, end, type: "TIME", value };
    });
  }
}
