/**
 * @module Boundary errors of the attribution stage: every predicted span that overlaps a gold span of the same role
 * but does not match it exactly, classified by what differs at each end (extra or missing leading / trailing words,
 * and which words), counted per role. `npm run eval:attribution -- --split dev --boundaries` prints them.
 */
import type { Role } from "./brat.ts";
import type { Extent } from "./span-score.ts";

export interface BoundaryPair {
  readonly text: string;
  readonly gold: Extent;
  readonly predicted: Extent;
}

const AUXILIARIES = new Set(
  "has have had is are was were be been being will would could should can may might must do does did 's ’s".split(
    " ",
  ),
);
const ADVERBS = new Set(
  "also then later even still again already previously earlier recently repeatedly publicly privately now further frequently often never not n’t n't only just reportedly".split(
    " ",
  ),
);
const DETERMINERS = new Set("the a an this that these those his her its their our".split(" "));

const words = (s: string): string[] => s.match(/[\p{L}\p{N}’']+|[^\s\p{L}\p{N}]/gu) ?? [];

/** The class of the words one end has and the other lacks. */
function wordClass(diff: string, role: Role, lead: boolean): string {
  const w = words(diff);
  const lower = w.map((x) => x.toLowerCase());
  const first = lower[0] ?? "";
  const last = lower[lower.length - 1] ?? "";
  if (w.length === 0) return "punct";
  if (/[.!?]["”’]?\s+\S/.test(diff) || (/[.!?]/.test(diff) && w.length > 6)) return "sentence(s)";
  if (role === "content") {
    if (
      lead &&
      w.length === 1 &&
      ["that", "to", "whether", "if", "how", "why", "what", "of", "about", "for", "on"].includes(first)
    )
      return `"${first}"`;
    if (!lead && /\b(said|says|told|added|according|say|tells|adds|according)\b/.test(lower.join(" ")))
      return "attribution clause";
    if (w.some((x) => /[“”"]/.test(x))) return "quote part";
    if (w.length <= 2) return `${w.length} word(s)`;
    return w.length <= 6 ? "3-6 words" : "7+ words";
  }
  if (role === "cue") {
    if (w.length === 1 && AUXILIARIES.has(first)) return `aux "${first}"`;
    if (w.length === 1 && ADVERBS.has(first)) return `adverb "${first}"`;
    if (lower.every((x) => AUXILIARIES.has(x) || ADVERBS.has(x))) return "aux/adverbs";
    if (
      !lead &&
      [
        "to",
        "that",
        "by",
        "of",
        "on",
        "about",
        "for",
        "with",
        "in",
        "out",
        "up",
        "reporters",
        "told",
      ].includes(last)
    )
      return `ends "${last}"`;
    if (!lead && w.length === 1) return "1 word";
    if (lead && w.length === 1) return `lead "${first}"`;
    return w.length <= 3 ? "2-3 words" : "4+ words";
  }
  if (w.length === 1 && DETERMINERS.has(first)) return `det "${first}"`;
  if (lead && w.length <= 3) return "title/modifier";
  if (!lead && w[0] === ",") return "apposition";
  if (!lead && ["of", "at", "for", "in", "from", "on"].includes(first)) return `post "${first} …"`;
  return w.length <= 3 ? "1-3 words" : "4+ words";
}

/** "lead +X" / "lead -X" / "tail +X" / "tail -X" classes of one pair (+: the prediction has more). */
export function classify(pair: BoundaryPair, role: Role): string[] {
  const { text, gold: g, predicted: p } = pair;
  const out: string[] = [];
  if (p.start < g.start) out.push(`lead +${wordClass(text.slice(p.start, g.start), role, true)}`);
  if (p.start > g.start) out.push(`lead -${wordClass(text.slice(g.start, p.start), role, true)}`);
  if (p.end > g.end) out.push(`tail +${wordClass(text.slice(g.end, p.end), role, false)}`);
  if (p.end < g.end) out.push(`tail -${wordClass(text.slice(p.end, g.end), role, false)}`);
  return out;
}

/** Counts per class, largest first. */
export function countClasses(pairs: readonly BoundaryPair[], role: Role): [string, number][] {
  const counts = new Map<string, number>();
  for (const pair of pairs) for (const c of classify(pair, role)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}
