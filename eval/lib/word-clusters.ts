/**
 * @module Word clusters learned from train's text alone (no labels, no outside data): each word seen often enough is
 * described by the words to its left and right (counts over the most frequent words, square-rooted, unit length)
 * and grouped by k-means, once into FINE clusters and once into COARSE ones. The tagger reads a word's two
 * cluster ids as features, so a rare reporting verb can borrow from the frequent ones it keeps company with.
 */
import type { Tokens } from "../../src/attribution/model/tokens.ts";

/** Cluster counts, and how often a word must occur to get a cluster. */
export const FINE = 256;
export const COARSE = 32;
const MIN_COUNT = 3;
/** Context words: the most frequent ones, left and right. */
const CONTEXTS = 300;
const ITERATIONS = 12;

interface Vectors {
  readonly words: number[];
  /** Per word: context indices and weights (sparse, unit length). */
  readonly index: Int32Array[];
  readonly value: Float64Array[];
}

function contextVectors(docs: readonly Tokens[]): Vectors {
  const counts = new Map<number, number>();
  for (const t of docs) for (const h of t.hash) counts.set(h, (counts.get(h) ?? 0) + 1);
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const contextOf = new Map(byCount.slice(0, CONTEXTS).map(([h], i) => [h, i]));
  const words = byCount.filter(([, c]) => c >= MIN_COUNT).map(([h]) => h);
  const row = new Map(words.map((h, i) => [h, i]));
  const cells = words.map(() => new Map<number, number>());
  for (const t of docs) {
    for (let i = 0; i < t.count; i++) {
      const r = row.get(t.hash[i] as number);
      if (r === undefined) continue;
      const cell = cells[r] as Map<number, number>;
      const left = i > 0 ? contextOf.get(t.hash[i - 1] as number) : undefined;
      const right = i + 1 < t.count ? contextOf.get(t.hash[i + 1] as number) : undefined;
      if (left !== undefined) cell.set(left, (cell.get(left) ?? 0) + 1);
      if (right !== undefined) cell.set(CONTEXTS + right, (cell.get(CONTEXTS + right) ?? 0) + 1);
    }
  }
  const index: Int32Array[] = [];
  const value: Float64Array[] = [];
  for (const cell of cells) {
    const keys = [...cell.keys()].sort((a, b) => a - b);
    const v = Float64Array.from(keys, (k) => Math.sqrt(cell.get(k) as number));
    const norm = Math.sqrt(v.reduce((a, x) => a + x * x, 0)) || 1;
    for (let j = 0; j < v.length; j++) v[j] = (v[j] as number) / norm;
    index.push(Int32Array.from(keys));
    value.push(v);
  }
  return { words, index, value };
}

/** k-means by cosine: centroids start at words spread over the frequency order; deterministic. */
function kMeans(vectors: Vectors, k: number): Uint16Array {
  const n = vectors.words.length;
  const dims = 2 * CONTEXTS;
  const centroids = new Float64Array(k * dims);
  const assign = new Uint16Array(n);
  for (let c = 0; c < k; c++) assign[Math.floor((c * n) / k)] = c;
  let seeds = Array.from({ length: k }, (_, c) => Math.floor((c * n) / k));
  for (let iteration = 0; iteration <= ITERATIONS; iteration++) {
    centroids.fill(0);
    const sizes = new Float64Array(k);
    const members = iteration === 0 ? seeds : null;
    const add = (w: number, c: number) => {
      const idx = vectors.index[w] as Int32Array;
      const val = vectors.value[w] as Float64Array;
      for (let j = 0; j < idx.length; j++)
        centroids[c * dims + (idx[j] as number)] =
          (centroids[c * dims + (idx[j] as number)] as number) + (val[j] as number);
      sizes[c] = (sizes[c] as number) + 1;
    };
    if (members !== null) for (const [c, w] of members.entries()) add(w, c);
    else for (let w = 0; w < n; w++) add(w, assign[w] as number);
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += (centroids[c * dims + d] as number) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d] = (centroids[c * dims + d] as number) / norm;
    }
    for (let w = 0; w < n; w++) {
      const idx = vectors.index[w] as Int32Array;
      const val = vectors.value[w] as Float64Array;
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const base = c * dims;
        for (let j = 0; j < idx.length; j++)
          s += (val[j] as number) * (centroids[base + (idx[j] as number)] as number);
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      assign[w] = best;
    }
    seeds = [];
  }
  return assign;
}

/** Word hash → cluster code: fine id + 1 in the low byte, coarse id + 1 in the next (0: no cluster). */
export function wordClusters(docs: readonly Tokens[]): Map<number, number> {
  const vectors = contextVectors(docs);
  const fine = kMeans(vectors, FINE);
  const coarse = kMeans(vectors, COARSE);
  return new Map(
    vectors.words.map((h, i) => [h, ((fine[i] as number) + 1) | (((coarse[i] as number) + 1) << 8)]),
  );
}
