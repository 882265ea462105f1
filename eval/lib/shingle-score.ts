/**
 * @module Shingle scoring for article extraction, as the Zyte article-extraction benchmark does it
 * (../shared/README.md): `\w+` tokens (Unicode), 4-word shingles compared as multisets, precision and recall per
 * page, each averaged over pages, F1 from the two averages.
 */

/**
 * Python's Unicode `\w`: letters, numbers (decimal, letter-like and other numerics) and `_`. JavaScript's `\w`
 * is ASCII-only even with the `u` flag, so it is spelled out. Combining marks are not word characters in
 * Python, so they split tokens there and here alike.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Multiset of n-word shingles. As in the reference scorer, a text of fewer than n tokens (but at least one) is
 * one short shingle, and an empty text has none.
 */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last && i < tokens.length; i++) {
    // U+0001 cannot be a token character, so joined keys are unambiguous.
    const key = tokens.slice(i, i + n).join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Shingle matches between the true and the predicted body of one page. */
export function pageCounts(truth: string, predicted: string, n = 4): PageCounts {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  return { tp, fp, fn };
}

/** Page precision; null when undefined (nothing predicted for a page that has text), which the average skips. */
export function pagePrecision({ tp, fp, fn }: PageCounts): number | null {
  if (fp === 0 && fn === 0) return 1; // includes empty truth + empty prediction
  if (tp + fp === 0) return null;
  return tp / (tp + fp);
}

/** Page recall; null only when the truth is empty and something was predicted (the reference skips it too). */
export function pageRecall({ tp, fp, fn }: PageCounts): number | null {
  if (fp === 0 && fn === 0) return 1;
  if (tp + fn === 0) return null;
  return tp / (tp + fn);
}

/** A page whose predicted shingles equal the true ones, as multisets: what "exact match" means here. */
export const isExactMatch = ({ fp, fn }: PageCounts): boolean => fp === 0 && fn === 0;

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of pages that match exactly (see isExactMatch). */
  readonly exactMatch: number;
  readonly pages: number;
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Averages over pages. Following the reference scorer (evaluate.py of the benchmark), a page enters the precision
 * average only when its precision is defined (an empty prediction has none, but scores recall 0), and likewise for
 * recall; a page with empty truth and empty prediction counts 1 for both.
 */
export function aggregate(pages: readonly PageCounts[]): Scores {
  const precision = mean(pages.map(pagePrecision).filter((v): v is number => v !== null));
  const recall = mean(pages.map(pageRecall).filter((v): v is number => v !== null));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    exactMatch: mean(pages.map((p) => (isExactMatch(p) ? 1 : 0))),
    pages: pages.length,
  };
}
