/**
 * @module Attribution span scoring as ../shared/README.md states it: per role, exact match after trimming white space,
 * quotation marks and `,.;:` from both ends of both spans, and a lenient match on any overlap; one-to-one matching,
 * micro-averaged P/R/F1 over documents.
 *
 * Spans are deduplicated by their trimmed extent on both sides first: two statements quoting the same speaker
 * mention, or a continuation quote reusing its cue, predict that span once, as the gold lists it once.
 */

import { alignSpans, type Extent, type Prf, prf, sameExtent } from "./align.ts";

export { alignSpans, type Extent, type Prf, prf };

export interface RoleScore {
  readonly gold: number;
  readonly predicted: number;
  readonly exactHits: number;
  readonly lenientHits: number;
  readonly exact: Prf;
  readonly lenient: Prf;
}

export interface SpanMismatch {
  readonly doc: string;
  /** missed: gold with no exact prediction; spurious: prediction with no exact gold; overlap gives the lenient partner. */
  readonly kind: "missed" | "spurious";
  readonly span: Extent;
  readonly partner: Extent | null;
}

export interface DocSpans {
  readonly id: string;
  readonly text: string;
  readonly gold: readonly Extent[];
  readonly predicted: readonly Extent[];
}

/** Quotation marks of every style PolNeAR and Dossier write. */
const TRIM = /[\s"'“”‘’«»„‚‹›,.;:]/u;

/** The extent with white space, quotation marks and `,.;:` trimmed from both ends; null when nothing is left. */
export function trimExtent(text: string, span: Extent): Extent | null {
  let { start, end } = span;
  while (start < end && TRIM.test(text[start] ?? "")) start += 1;
  while (end > start && TRIM.test(text[end - 1] ?? "")) end -= 1;
  return end > start ? { start, end } : null;
}

/** Trimmed, deduplicated, sorted extents. */
export function normalise(text: string, spans: readonly Extent[]): Extent[] {
  const seen = new Map<string, Extent>();
  for (const s of spans) {
    const t = trimExtent(text, s);
    if (t !== null) seen.set(`${t.start}:${t.end}`, t);
  }
  return [...seen.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function scoreRole(docs: readonly DocSpans[]): { score: RoleScore; mismatches: SpanMismatch[] } {
  let gold = 0;
  let predicted = 0;
  let exactHits = 0;
  let lenientHits = 0;
  const mismatches: SpanMismatch[] = [];
  for (const doc of docs) {
    const g = normalise(doc.text, doc.gold);
    const p = normalise(doc.text, doc.predicted);
    gold += g.length;
    predicted += p.length;
    const pairs = alignSpans(g, p);
    lenientHits += pairs.length;
    const exactG = new Set<number>();
    const exactP = new Set<number>();
    const partnerOfG = new Map<number, number>();
    const partnerOfP = new Map<number, number>();
    for (const [gi, pi] of pairs) {
      partnerOfG.set(gi, pi);
      partnerOfP.set(pi, gi);
      if (sameExtent(g[gi] as Extent, p[pi] as Extent)) {
        exactG.add(gi);
        exactP.add(pi);
      }
    }
    exactHits += exactG.size;
    g.forEach((span, i) => {
      if (exactG.has(i)) return;
      const partner = partnerOfG.get(i);
      mismatches.push({
        doc: doc.id,
        kind: "missed",
        span,
        partner: partner === undefined ? null : (p[partner] ?? null),
      });
    });
    p.forEach((span, i) => {
      if (exactP.has(i)) return;
      const partner = partnerOfP.get(i);
      mismatches.push({
        doc: doc.id,
        kind: "spurious",
        span,
        partner: partner === undefined ? null : (g[partner] ?? null),
      });
    });
  }
  return {
    score: {
      gold,
      predicted,
      exactHits,
      lenientHits,
      exact: prf(exactHits, predicted, gold),
      lenient: prf(lenientHits, predicted, gold),
    },
    mismatches,
  };
}
