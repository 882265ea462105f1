/**
 * @module The attribution tagger's trainer: an averaged structured perceptron over the features of
 * src/attribution/model/features.ts (first-order Viterbi over O / B-I source, cue, content), and what training
 * shares: seeded shuffling and the paragraphs an article is learned in.
 */
import { constrain, viterbi } from "../../src/attribution/model/decode.ts";
import {
  DENSE_ROWS,
  DENSE_TEMPLATES,
  L,
  O,
  SPARSE_TEMPLATES,
  type TokenFeatures,
} from "../../src/attribution/model/features.ts";
import type { PlainModel } from "../../src/attribution/model/tagger.ts";
import type { PreparedDoc } from "./attribution-corpus.ts";

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

export interface Featurised {
  readonly doc: PreparedDoc;
  readonly features: TokenFeatures;
  /** Word hashes, two boundary slots on each side (see features.ts). */
  readonly wh: Int32Array;
  /** Paragraphs no gold span runs across: the sequences the tagger learns from. */
  readonly chunks: readonly (readonly [number, number])[];
}

export function chunksOf(doc: PreparedDoc): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 1; i < doc.tokens.count; i++) {
    const between = doc.text.slice(doc.tokens.end[i - 1], doc.tokens.start[i]);
    const label = doc.gold[i] as number;
    if (between.includes("\n") && (label === O || label % 2 === 1)) {
      out.push([from, i]);
      from = i;
    }
  }
  out.push([from, doc.tokens.count]);
  return out;
}

/** Averaged weights: the current value and the time-weighted sum of updates, side by side. */
export function averageOf(w: ArrayLike<number>, size: number, i: number, time: number): number {
  return (w[i] as number) - (w[size + i] as number) / time;
}

export class TaggerPerceptron {
  readonly weights = new Map<number, Float64Array>();
  /** Dense rows: L current weights, then L time-weighted sums, per row. */
  readonly dense = new Float64Array(DENSE_ROWS * L * 2);
  readonly starts = new Float64Array(L * 2);
  readonly transitions = new Float64Array(L * L * 2);
  time = 1;

  emissions(f: TokenFeatures, from: number, to: number): Float64Array {
    const n = to - from;
    const out = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < DENSE_TEMPLATES; t++) {
        const row = (f.dense[(from + i) * DENSE_TEMPLATES + t] as number) * L * 2;
        for (let l = 0; l < L; l++)
          out[i * L + l] = (out[i * L + l] as number) + (this.dense[row + l] as number);
      }
      for (let t = 0; t < SPARSE_TEMPLATES; t++) {
        const key = f.sparse[(from + i) * SPARSE_TEMPLATES + t] as number;
        if (key === 0) continue;
        const w = this.weights.get(key);
        if (w === undefined) continue;
        for (let l = 0; l < L; l++) out[i * L + l] = (out[i * L + l] as number) + (w[l] as number);
      }
    }
    return out;
  }

  private bump(key: number, label: number, delta: number): void {
    let w = this.weights.get(key);
    if (w === undefined) {
      w = new Float64Array(L * 2);
      this.weights.set(key, w);
    }
    w[label] = (w[label] as number) + delta;
    w[L + label] = (w[L + label] as number) + this.time * delta;
  }

  private bumpAt(a: Float64Array, at: number, size: number, delta: number): void {
    a[at] = (a[at] as number) + delta;
    a[at + size] = (a[at + size] as number) + this.time * delta;
  }

  /** One structured-perceptron step on tokens `from`..`to` of an article; returns the tokens it got wrong. */
  learn(f: Featurised, from: number, to: number): number {
    const n = to - from;
    const gold = f.doc.gold.subarray(from, to);
    const { transitions, starts } = constrain(
      this.transitions.subarray(0, L * L),
      this.starts.subarray(0, L),
    );
    const guess = viterbi(this.emissions(f.features, from, to), n, transitions, starts);
    let errors = 0;
    for (let i = 0; i < n; i++) {
      const g = gold[i] as number;
      const p = guess[i] as number;
      if (g !== p) {
        errors++;
        for (let t = 0; t < DENSE_TEMPLATES; t++) {
          const row = (f.features.dense[(from + i) * DENSE_TEMPLATES + t] as number) * L * 2;
          this.bumpAt(this.dense, row + g, L, 1);
          this.bumpAt(this.dense, row + p, L, -1);
        }
        for (let t = 0; t < SPARSE_TEMPLATES; t++) {
          const key = f.features.sparse[(from + i) * SPARSE_TEMPLATES + t] as number;
          if (key === 0) continue;
          this.bump(key, g, 1);
          this.bump(key, p, -1);
        }
      }
      const gp = i === 0 ? -1 : (gold[i - 1] as number);
      const pp = i === 0 ? -1 : (guess[i - 1] as number);
      if (g === p && gp === pp) continue;
      if (i === 0) {
        this.bumpAt(this.starts, g, L, 1);
        this.bumpAt(this.starts, p, L, -1);
      } else {
        this.bumpAt(this.transitions, gp * L + g, L * L, 1);
        this.bumpAt(this.transitions, pp * L + p, L * L, -1);
      }
    }
    this.time++;
    return errors;
  }

  /** The averaged weights, hashed features whose largest weight is below `prune` left out. */
  averaged(
    cueWords: ReadonlyMap<string, number>,
    prune: number,
    vocabulary: Pick<PlainModel, "words" | "pairs" | "clusters">,
  ): PlainModel {
    const tagger = new Map<number, Float64Array>();
    for (const [key, w] of this.weights) {
      const a = Float64Array.from({ length: L }, (_, l) => averageOf(w, L, l, this.time));
      if (Math.max(...a.map(Math.abs)) >= prune) tagger.set(key, a);
    }
    const dense = new Float64Array(DENSE_ROWS * L);
    for (let row = 0; row < DENSE_ROWS; row++)
      for (let l = 0; l < L; l++) dense[row * L + l] = averageOf(this.dense, L, row * L * 2 + l, this.time);
    return {
      cueWords,
      starts: Float64Array.from({ length: L }, (_, i) => averageOf(this.starts, L, i, this.time)),
      transitions: Float64Array.from({ length: L * L }, (_, i) =>
        averageOf(this.transitions, L * L, i, this.time),
      ),
      dense,
      tagger,
      ...vocabulary,
    };
  }
}
