/** @module What every span evaluation shares: one-to-one alignment of gold and predicted spans, and P/R/F1. */

export interface Extent {
  readonly start: number;
  readonly end: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function prf(hits: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : hits / predicted;
  const recall = gold === 0 ? 0 : hits / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const overlap = (a: Extent, b: Extent): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);
export const sameExtent = (a: Extent, b: Extent): boolean => a.start === b.start && a.end === b.end;

/**
 * One-to-one alignment of overlapping spans: exact pairs first, then the largest overlap, so one long prediction
 * cannot count for two gold spans. Returns [gold index, predicted index] pairs in gold order.
 */
export function alignSpans(gold: readonly Extent[], predicted: readonly Extent[]): [number, number][] {
  const pairs: { g: number; p: number; exact: boolean; size: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const size = overlap(g, p);
      if (size > 0) pairs.push({ g: gi, p: pi, exact: sameExtent(g, p), size });
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
  return out.sort((a, b) => a[0] - b[0]);
}
