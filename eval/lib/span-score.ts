/**
 * @module Attribution span scoring as ../shared/README.md states it: per role, exact match after trimming white space,
 * quotation marks and `,.;:` from both ends of both spans, and a lenient match on any overlap; one-to-one matching,
 * micro-averaged P/R/F1 over documents.
 *
 * Spans are deduplicated by their trimmed extent on both sides first: two statements quoting the same speaker
 * mention, or a continuation quote reusing its cue, predict that span once, as the gold lists it once.
 */

export interface Extent {
  readonly start: number;
  readonly end: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

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

export function prf(hits: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : hits / predicted;
  const recall = gold === 0 ? 0 : hits / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
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

const overlap = (a: Extent, b: Extent): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);
const same = (a: Extent, b: Extent): boolean => a.start === b.start && a.end === b.end;

/**
 * One-to-one alignment of overlapping spans: exact pairs first, then the largest overlap, so one long prediction
 * cannot count for two gold spans. Returns [gold index, predicted index] pairs.
 */
export function alignSpans(gold: readonly Extent[], predicted: readonly Extent[]): [number, number][] {
  const pairs: { g: number; p: number; exact: boolean; size: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const size = overlap(g, p);
      if (size > 0) pairs.push({ g: gi, p: pi, exact: same(g, p), size });
    });
  });
  pairs.sort((a, b) => Number(b.exact) - Number(a.exact) || b.size - a.size || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const pair of pairs) {
    if (usedG.has(pair.g) || usedP.has(pair.p)) continue;
    usedG.add(pair.g);
    usedP.add(pair.p);
    out.push([pair.g, pair.p]);
  }
  return out;
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
      if (same(g[gi] as Extent, p[pi] as Extent)) {
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
