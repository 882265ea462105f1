/**
 * @module TempEval-3 style timex scoring, as ../shared/README.md states it.
 *
 * A predicted timex matches a gold one when their extents overlap (relaxed) or are equal (strict). Matching is one to
 * one: each gold timex takes at most one prediction, preferring an exact extent, then the largest overlap, so one long
 * prediction cannot count twice for "2009-2010". Value F1 = matches with an equal value over predicted and over gold;
 * type accuracy = matches with an equal type over relaxed matches.
 */

export interface ScoredSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string | null;
}

export interface DocPair {
  readonly id: string;
  readonly gold: readonly ScoredSpan[];
  readonly predicted: readonly ScoredSpan[];
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Mismatch {
  readonly doc: string;
  /** "missed": gold with no prediction; "spurious": prediction with no gold; "value", "type", "extent": matched but unequal. */
  readonly kind: "missed" | "spurious" | "value" | "type" | "extent";
  readonly gold: ScoredSpan | null;
  readonly predicted: ScoredSpan | null;
}

export interface TimexScore {
  readonly gold: number;
  readonly predicted: number;
  readonly strict: Prf;
  readonly relaxed: Prf;
  readonly value: Prf;
  /** Relaxed matches whose type is equal, over relaxed matches (0 when nothing matched). */
  readonly typeAccuracy: number;
  readonly mismatches: readonly Mismatch[];
}

export function prf(hits: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : hits / predicted;
  const recall = gold === 0 ? 0 : hits / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const overlap = (a: ScoredSpan, b: ScoredSpan): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);
const sameExtent = (a: ScoredSpan, b: ScoredSpan): boolean => a.start === b.start && a.end === b.end;

/** One-to-one relaxed alignment of a document's gold and predicted timexes: [gold index, predicted index] pairs. */
export function align(gold: readonly ScoredSpan[], predicted: readonly ScoredSpan[]): [number, number][] {
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

export function scoreTimexes(docs: readonly DocPair[]): TimexScore {
  let gold = 0;
  let predicted = 0;
  let strict = 0;
  let relaxed = 0;
  let valueHits = 0;
  let typeHits = 0;
  const mismatches: Mismatch[] = [];
  for (const doc of docs) {
    gold += doc.gold.length;
    predicted += doc.predicted.length;
    const pairs = align(doc.gold, doc.predicted);
    const matchedG = new Set(pairs.map(([g]) => g));
    const matchedP = new Set(pairs.map(([, p]) => p));
    for (const [gi, pi] of pairs) {
      const g = doc.gold[gi] as ScoredSpan;
      const p = doc.predicted[pi] as ScoredSpan;
      relaxed++;
      const exact = sameExtent(g, p);
      if (exact) strict++;
      const valueOk = p.value !== null && p.value === g.value;
      const typeOk = p.type === g.type;
      if (valueOk) valueHits++;
      if (typeOk) typeHits++;
      const kind = !valueOk ? "value" : !typeOk ? "type" : !exact ? "extent" : null;
      if (kind) mismatches.push({ doc: doc.id, kind, gold: g, predicted: p });
    }
    doc.gold.forEach((g, i) => {
      if (!matchedG.has(i)) mismatches.push({ doc: doc.id, kind: "missed", gold: g, predicted: null });
    });
    doc.predicted.forEach((p, i) => {
      if (!matchedP.has(i)) mismatches.push({ doc: doc.id, kind: "spurious", gold: null, predicted: p });
    });
  }
  return {
    gold,
    predicted,
    strict: prf(strict, predicted, gold),
    relaxed: prf(relaxed, predicted, gold),
    value: prf(valueHits, predicted, gold),
    typeAccuracy: relaxed === 0 ? 0 : typeHits / relaxed,
    mismatches,
  };
}
