/** @module The working record of the time pipeline: parsers propose candidates, refiners resolve and filter them. */

import type { Span, TimexType } from "../core/records.ts";
import type { RefDate } from "./calendar.ts";

/** Calendar fields a parser read for certain; the rest is left for the news-direction refiner to infer. */
export interface DateParts {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday?: number;
  readonly hour?: number;
  readonly minute?: number;
}

/** An explicit direction written with the date: "last Friday", "next May", "this Monday". */
export type Modifier = "last" | "next" | "this" | null;

export interface Candidate extends Span {
  readonly type: TimexType;
  /** Final TimeML value when the parser could resolve it alone; null when unknown or still to resolve. */
  readonly value: string | null;
  /** Set when the value still needs a year or a direction ("on Thursday", "June 2", "in May"). */
  readonly parts: DateParts | null;
  readonly modifier: Modifier;
  /** Parser name, for debugging and for overlap priority. */
  readonly source: string;
}

/** What every parser and refiner sees: the whole text and the publication date. */
export interface TimexContext {
  readonly text: string;
  readonly ref: RefDate | null;
  /** Sentence spans of `text`, found once. */
  readonly sentences: readonly Span[];
}

export interface TimexParser {
  readonly name: string;
  parse(ctx: TimexContext): Candidate[];
}

export interface TimexRefiner {
  readonly name: string;
  refine(ctx: TimexContext, candidates: readonly Candidate[]): Candidate[];
}

/** A resolved candidate with no parts left to infer. */
export function resolved(
  source: string,
  span: Span,
  type: TimexType,
  value: string | null,
  modifier: Modifier = null,
): Candidate {
  return { start: span.start, end: span.end, type, value, parts: null, modifier, source };
}

/** Runs a global regex over the text and turns each match into at most one candidate. */
export function matchCandidates(
  ctx: TimexContext,
  pattern: RegExp,
  extract: (match: RegExpExecArray) => Candidate | null,
): Candidate[] {
  const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  const out: Candidate[] = [];
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const c = extract(m);
    if (c) out.push(c);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The span of capture group `group`, which must use the `d` (indices) flag. */
export function groupSpan(match: RegExpExecArray, group: number): Span | null {
  const at = match.indices?.[group];
  return at ? { start: at[0], end: at[1] } : null;
}
