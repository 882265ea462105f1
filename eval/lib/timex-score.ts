/**
 * @module TempEval-3 style timex scoring, as ../shared/README.md states it.
 *
 * A predicted timex matches a gold one when their extents overlap (relaxed) or are equal (strict). Matching is one to
 * one: each gold timex takes at most one prediction, preferring an exact extent, then the largest overlap, so one long
 * prediction cannot count twice for "2009-2010". Value F1 = matches with an equal value over predicted and over gold;
 * type accuracy = matches with an equal type over relaxed matches.
 */
import { alignSpans, type Prf, prf, sameExtent } from "./align.ts";

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

export type { Prf };

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

/** One-to-one relaxed alignment of a document's gold and predicted timexes: [gold index, predicted index] pairs. */
export const align = alignSpans;

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
