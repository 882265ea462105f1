/**
 * @module The attribution model's file: the trained weights as text and back (format in tagger.ts), the hashed
 * weight tables and the keys they are probed with.
 */
import { type CodeTable, codeTable } from "./code-table.ts";
import { constrain } from "./decode.ts";
import {
  cueClassesOf,
  DENSE_ROWS,
  DENSE_TEMPLATES,
  key1,
  key2,
  LABELS,
  SPARSE_TEMPLATES,
} from "./features.ts";

const L = LABELS.length;
/** Weights stored per feature: one per label but O. */
const W = L - 1;
const D = DENSE_TEMPLATES;
const S = SPARSE_TEMPLATES;

export const MODEL_HEADER = "dossier-attribution-tagger 9";
const SIZES = `labels ${L} dense ${D}/${DENSE_ROWS} sparse ${S}`;

/**
 * Hashed weights: open addressing over cells of `stride` bytes, each a 16-bit fingerprint of the key (at the cell's
 * start) and `blocks` × 6 8-bit weights (from byte 2). Fingerprint 0 marks an empty cell. The feature table has one
 * block per cell (8-byte cells, eight to a cache line); the word table holds the five word templates of a word
 * (w0, and the word seen as the previous, next, second previous and second next word of a token); the pair table the
 * two bigram templates of two adjacent words. One probe per word and per pair then serves seven templates.
 */
export interface SparseTable {
  readonly fingerprints: Int16Array;
  readonly weights: Int8Array;
  /** Bytes per cell; the fingerprint of cell c is fingerprints[c * stride / 2]. */
  readonly stride: number;
  readonly blocks: number;
  readonly shift: number;
  readonly mask: number;
}

function fingerprint(key: number): number {
  const f = key & 0x7fff;
  return f === 0 ? 1 : f;
}

/** The weights as stored: everything the tagger needs but the folded dense sums it derives on loading. */
export interface ModelWeights {
  readonly cueWords: ReadonlyMap<string, number>;
  readonly cueClasses: ReadonlyMap<number, number>;
  /** Constrained (see decode.ts): forbidden moves score FORBIDDEN. */
  readonly starts: Float64Array;
  readonly transitions: Float64Array;
  /** DENSE_ROWS × W weights. */
  readonly dense: Int8Array;
  readonly tagger: SparseTable;
  readonly words: SparseTable;
  readonly pairs: SparseTable;
  /** Word clusters by word hash (see features.ts). */
  readonly clusters: CodeTable;
}

/** The weights as the trainer hands them over (floats, before scaling; L per feature, O first). */
export interface PlainModel {
  readonly cueWords: ReadonlyMap<string, number>;
  readonly starts: ArrayLike<number>;
  readonly transitions: ArrayLike<number>;
  readonly dense: ArrayLike<number>;
  readonly tagger: ReadonlyMap<number, ArrayLike<number>>;
  /** Word hashes and adjacent word-hash pairs seen in train: the word and pair tables are built for these. */
  readonly words: Iterable<number>;
  readonly pairs: Iterable<readonly [number, number]>;
  readonly clusters: ReadonlyMap<number, number>;
}

/** The model as text; tagger weights are scaled so the largest fits in 8 bits (PolNeAR dev F1 moves by 0.3 at most). */
export function serializeModel(model: PlainModel): string {
  const folded = (w: ArrayLike<number>, from: number): number[] =>
    [1, 2, 3, 4, 5, 6].map((l) => (w[from + l] as number) - (w[from] as number));
  const dense = Array.from({ length: DENSE_ROWS }, (_, row) => folded(model.dense, row * L));
  const tagger = [...model.tagger]
    .map(([key, w]) => [key, folded(w, 0)] as const)
    .sort((a, b) => a[0] - b[0]);
  let max = 1e-9;
  for (const row of dense) for (const v of row) max = Math.max(max, Math.abs(v));
  for (const [, row] of tagger) for (const v of row) max = Math.max(max, Math.abs(v));
  const scale = 127 / max;
  const q = (x: number): number => Math.round(x * scale);
  const fine = (x: number): string => String(Math.round(x * scale * 100) / 100);
  const denseLines: string[] = [];
  dense.forEach((row, i) => {
    const v = row.map(q);
    if (v.some((x) => x !== 0)) denseLines.push(`${i} ${v.join(" ")}`);
  });
  const weightsOf = new Map(tagger);
  const used = new Set<number>();
  const rowLine = (key: number, keys: readonly number[]): string | null => {
    const blocks = keys.map((k) => (weightsOf.get(k) ?? [0, 0, 0, 0, 0, 0]).map(q));
    if (blocks.every((b) => b.every((x) => x === 0))) return null;
    for (const k of keys) used.add(k);
    return `${(key >>> 0).toString(36)} ${blocks.flat().join(" ")}`;
  };
  const wordLines: string[] = [];
  for (const w of new Set(model.words)) {
    const line = rowLine(w, wordKeys(w));
    if (line !== null) wordLines.push(line);
  }
  const pairLines: string[] = [];
  const seenPairs = new Set<string>();
  for (const [a, b] of model.pairs) {
    const id = `${a},${b}`;
    if (seenPairs.has(id)) continue;
    seenPairs.add(id);
    const line = rowLine(pairKey(a, b), pairKeys(a, b));
    if (line !== null) pairLines.push(line);
  }
  const taggerLines: string[] = [];
  for (const [key, row] of tagger) {
    const v = row.map(q);
    if (!used.has(key) && v.some((x) => x !== 0))
      taggerLines.push(`${(key >>> 0).toString(36)} ${v.join(" ")}`);
  }
  const lines = [
    MODEL_HEADER,
    `scale ${scale.toPrecision(6)} ${SIZES}`,
    `cues ${[...model.cueWords].map(([w, c]) => `${w}:${c}`).join(" ")}`,
    `starts ${Array.from(model.starts, fine).join(" ")}`,
    `transitions ${Array.from(model.transitions, fine).join(" ")}`,
    `dense ${denseLines.length}`,
    ...denseLines,
    `tagger ${taggerLines.length}`,
    ...taggerLines,
    `words ${wordLines.length}`,
    ...wordLines,
    `pairs ${pairLines.length}`,
    ...pairLines,
    `clusters ${model.clusters.size}`,
    ...[...model.clusters].map(([h, c]) => `${(h >>> 0).toString(36)} ${c.toString(36)}`),
  ];
  return `${lines.join("\n")}\n`;
}

function emptyTable(count: number, blocks: number): SparseTable {
  let bits = 1;
  while (1 << bits < count * 2) bits++;
  const stride = blocks === 1 ? 8 : blocks === 2 ? 16 : 32;
  const buffer = new ArrayBuffer((1 << bits) * stride);
  return {
    fingerprints: new Int16Array(buffer),
    weights: new Int8Array(buffer),
    stride,
    blocks,
    shift: 32 - bits,
    mask: (1 << bits) - 1,
  };
}

/** The cell for `key`: the one holding its fingerprint, or the empty cell where it would go. */
function cellOf(table: SparseTable, key: number): number {
  const f = fingerprint(key);
  const half = table.stride / 2;
  let slot = Math.imul(key, 0x9e3779b1) >>> table.shift;
  for (;;) {
    const k = table.fingerprints[slot * half] as number;
    if (k === f || k === 0) return slot;
    slot = (slot + 1) & table.mask;
  }
}

/** Byte offset of the first weight of `key`'s cell, or -1. */
export function rowAt(table: SparseTable, key: number): number {
  const f = key & 0x7fff || 1;
  const half = table.stride / 2;
  let slot = Math.imul(key, 0x9e3779b1) >>> table.shift;
  for (;;) {
    const k = table.fingerprints[slot * half] as number;
    if (k === f) return slot * table.stride + 2;
    if (k === 0) return -1;
    slot = (slot + 1) & table.mask;
  }
}

/** The keys of the five word templates of word hash `w` (see features.ts, sparse slots 0-4). */
function wordKeys(w: number): number[] {
  return [key1(1, w), key1(2, w), key1(3, w), key1(4, w), key1(5, w)];
}

/** The keys of the two bigram templates of adjacent words `a` `b` (sparse slots 5 and 6). */
function pairKeys(a: number, b: number): number[] {
  return [key2(6, a, b), key2(7, a, b)];
}

export function pairKey(a: number, b: number): number {
  return key2(99, a, b);
}

export function parseWeights(source: string): ModelWeights {
  const lines = source.split("\n");
  if (lines[0] !== MODEL_HEADER) throw new Error("not an attribution model file");
  if ((lines[1] ?? "").split(" ").slice(2).join(" ") !== SIZES)
    throw new Error("the attribution model file does not match this code's labels or templates");
  const cueWords = new Map<string, number>();
  for (const pair of (lines[2] ?? "").split(" ").slice(1)) {
    const at = pair.lastIndexOf(":");
    cueWords.set(pair.slice(0, at), Number(pair.slice(at + 1)));
  }
  const numbers = (line: string | undefined) => Float64Array.from((line ?? "").split(" ").slice(1), Number);
  const { starts, transitions } = constrain(numbers(lines[4]), numbers(lines[3]));
  let at = 5;
  const section = (): number => Number((lines[at++] ?? "").split(" ")[1]);
  const dense = new Int8Array(DENSE_ROWS * W);
  for (let i = section(); i > 0; i--) {
    const parts = (lines[at++] as string).split(" ");
    const row = Number(parts[0]) * W;
    for (let l = 0; l < W; l++) dense[row + l] = Number(parts[l + 1]);
  }
  const table = (blocks: number): SparseTable => {
    const count = section();
    const t = emptyTable(count, blocks);
    for (let i = 0; i < count; i++) {
      const parts = (lines[at++] as string).split(" ");
      const key = Number.parseInt(parts[0] as string, 36) | 0;
      const cell = cellOf(t, key);
      // Two keys sharing a probe chain and a fingerprint: the first keeps the cell.
      if (t.fingerprints[(cell * t.stride) / 2] !== 0) continue;
      t.fingerprints[(cell * t.stride) / 2] = fingerprint(key);
      for (let l = 0; l < blocks * W; l++) t.weights[cell * t.stride + 2 + l] = Number(parts[l + 1]);
    }
    return t;
  };
  const tagger = table(1);
  const words = table(5);
  const pairs = table(2);
  const clusterCodes = new Map<number, number>();
  for (let i = section(); i > 0; i--) {
    const [h, c] = (lines[at++] as string).split(" ");
    clusterCodes.set(Number.parseInt(h as string, 36) | 0, Number.parseInt(c as string, 36));
  }
  const clusters = codeTable(clusterCodes);
  return {
    cueWords,
    cueClasses: cueClassesOf(cueWords),
    starts,
    transitions,
    dense,
    tagger,
    words,
    pairs,
    clusters,
  };
}
