/**
 * @module The trained attribution tagger: loads its weights (attribution-model.txt beside this module, written by
 * `npm run train:attribution`) once, on first use, and labels an article's tokens O / source / cue / content (B/I),
 * the best path by first-order Viterbi.
 *
 * File format (text, one record per line): a header line, a sizes line, `cues` (word:class pairs), `starts` and
 * `transitions`, then five sections, each a `name count` line and `count` lines: `dense` (a row of the dense table
 * and its weights for the six labels but O), `tagger` (a feature hash in base 36 and its six weights), `words` (a
 * word hash and 5 × 6 weights), `pairs` (a word-pair key and 2 × 6 weights; see SparseTable) and `clusters` (a word
 * hash and its cluster code, both in base 36; see features.ts). A feature's weight
 * for O is folded into the other six (subtracted), which leaves every path's ranking as it was. Weights are
 * integers: the trained weight times `scale`, rounded to 8 bits (dev F1 moves by 0.3 at most); scores, `starts`
 * and `transitions` are in those units. Forbidden moves (I-X not after B-X or I-X) are applied on loading.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { viterbi } from "./decode.ts";
import {
  DENSE_TEMPLATES,
  type FeatureInput,
  featurize,
  LABELS,
  SPARSE_TEMPLATES,
  type TokenContext,
  type TokenFeatures,
  tokenContext,
} from "./features.ts";
import { fold, foldedRows, FOLDED_LOOKUPS as LOOKUPS } from "./fold.ts";
import { type ModelWeights, pairKey, parseWeights, rowAt } from "./model-file.ts";

/** Label and template counts as module constants: V8 optimises the scoring loop far better than with imports. */
const L = 7;
/** Weights stored per feature: one per label but O. */
const W = 6;
const D = 31;
const S = 13;
const FOLDED_LOOKUPS = 17;
if (LABELS.length !== L || DENSE_TEMPLATES !== D || SPARSE_TEMPLATES !== S || LOOKUPS !== FOLDED_LOOKUPS)
  throw new Error("tagger.ts: feature layout mismatch");
/** Imported bindings are read through a getter on every use; the per-token path reads this local one. */
const rowsOf = foldedRows;

export { MODEL_HEADER, type PlainModel, type SparseTable, serializeModel } from "./model-file.ts";

export interface AttributionModel extends ModelWeights {
  /** The dense templates folded into FOLDED_ROWS × W sums (see fold). */
  readonly folded: Int16Array;
}

export function parseModel(source: string): AttributionModel {
  const weights = parseWeights(source);
  return { ...weights, folded: fold(weights.dense) };
}

/** Sum of the weights of every token's features: n×L scores, O's always 0. */
export function emissions(
  model: AttributionModel,
  features: TokenFeatures,
  n: number,
  wh: Int32Array,
): Float64Array {
  const out = new Float64Array(n * L);
  for (let i = 0; i < n; i++) scoreToken(model, features.dense, i * D, features.sparse, i * S, out, i * L);
  addWordRows(model, wh, n, out);
  return out;
}

const ROWS = new Int32Array(FOLDED_LOOKUPS);

/** Adds one token's weights (folded dense rows, hashes at `s`) into `out` at `e`. */
function scoreFolded(
  model: AttributionModel,
  rows: Int32Array,
  sparse: Int32Array,
  s: number,
  out: Float64Array,
  e: number,
): void {
  const folded = model.folded;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
  for (let t = 0; t < FOLDED_LOOKUPS; t++) {
    const r = (rows[t] as number) * W;
    s1 += folded[r] as number;
    s2 += folded[r + 1] as number;
    s3 += folded[r + 2] as number;
    s4 += folded[r + 3] as number;
    s5 += folded[r + 4] as number;
    s6 += folded[r + 5] as number;
  }
  out[e + 1] = (out[e + 1] as number) + s1;
  out[e + 2] = (out[e + 2] as number) + s2;
  out[e + 3] = (out[e + 3] as number) + s3;
  out[e + 4] = (out[e + 4] as number) + s4;
  out[e + 5] = (out[e + 5] as number) + s5;
  out[e + 6] = (out[e + 6] as number) + s6;
  scoreHashed(model, sparse, s, out, e);
}

/** Adds one token's weights (dense rows at `d`, hashes at `s`) into `out` at `e`. */
function scoreToken(
  model: AttributionModel,
  dense: Int32Array,
  d: number,
  sparse: Int32Array,
  s: number,
  out: Float64Array,
  e: number,
): void {
  const denseWeights = model.dense;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
  for (let t = d, end = d + D; t < end; t++) {
    const r = (dense[t] as number) * W;
    s1 += denseWeights[r] as number;
    s2 += denseWeights[r + 1] as number;
    s3 += denseWeights[r + 2] as number;
    s4 += denseWeights[r + 3] as number;
    s5 += denseWeights[r + 4] as number;
    s6 += denseWeights[r + 5] as number;
  }
  out[e + 1] = (out[e + 1] as number) + s1;
  out[e + 2] = (out[e + 2] as number) + s2;
  out[e + 3] = (out[e + 3] as number) + s3;
  out[e + 4] = (out[e + 4] as number) + s4;
  out[e + 5] = (out[e + 5] as number) + s5;
  out[e + 6] = (out[e + 6] as number) + s6;
  scoreHashed(model, sparse, s, out, e);
}

/** Adds the hashed templates' weights (slots 7 on, at `s`) into `out` at `e`. */
function scoreHashed(
  model: AttributionModel,
  sparse: Int32Array,
  s: number,
  out: Float64Array,
  e: number,
): void {
  const { fingerprints, weights, shift, mask } = model.tagger;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
  // Slots 0-6 (word and bigram templates) come from the word and pair tables, in addWordRows.
  for (let t = s + FIRST_HASHED, end = s + S; t < end; t++) {
    const key = sparse[t] as number;
    if (key === 0) continue;
    const f = key & 0x7fff || 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> shift;
    for (;;) {
      const k = fingerprints[slot * 4] as number;
      if (k === f) {
        const at = slot * 8 + 2;
        s1 += weights[at] as number;
        s2 += weights[at + 1] as number;
        s3 += weights[at + 2] as number;
        s4 += weights[at + 3] as number;
        s5 += weights[at + 4] as number;
        s6 += weights[at + 5] as number;
        break;
      }
      if (k === 0) break;
      slot = (slot + 1) & mask;
    }
  }
  out[e + 1] = (out[e + 1] as number) + s1;
  out[e + 2] = (out[e + 2] as number) + s2;
  out[e + 3] = (out[e + 3] as number) + s3;
  out[e + 4] = (out[e + 4] as number) + s4;
  out[e + 5] = (out[e + 5] as number) + s5;
  out[e + 6] = (out[e + 6] as number) + s6;
}

/** The sparse slot of the first template scored from the feature table; 0-6 are word and bigram templates. */
const FIRST_HASHED = 7;

/** Reused between calls: the word row (byte offset, or -1) of each position, -2..n+1; the pair row of each pair. */
let wordRows = new Int32Array(0);
let pairRows = new Int32Array(0);

/** Adds the six weights at byte `from` of `w` to token `i`'s scores, when `from` is a row. */
function addRow(w: Int8Array, from: number, out: Float64Array, i: number): void {
  if (from < 0) return;
  const e = i * L + 1;
  out[e] = (out[e] as number) + (w[from] as number);
  out[e + 1] = (out[e + 1] as number) + (w[from + 1] as number);
  out[e + 2] = (out[e + 2] as number) + (w[from + 2] as number);
  out[e + 3] = (out[e + 3] as number) + (w[from + 3] as number);
  out[e + 4] = (out[e + 4] as number) + (w[from + 4] as number);
  out[e + 5] = (out[e + 5] as number) + (w[from + 5] as number);
}

/** The word and pair rows of every position (see wordRows): one probe per word (and boundary slot) and per pair. */
function findWordRows(model: AttributionModel, wh: Int32Array, n: number): void {
  const { words, pairs } = model;
  if (wordRows.length < n + 4) {
    wordRows = new Int32Array((n + 4) * 2);
    pairRows = new Int32Array((n + 4) * 2);
  }
  // Position j (-2..n+1) holds word wh[j + 2] (the boundary slots hold BOUND); its row is wordRows[j + 2].
  for (let j = 0; j < n + 4; j++) wordRows[j] = rowAt(words, wh[j] as number);
  // The pair of positions j, j + 1 (-1..n-1) is pairRows[j + 1].
  for (let j = 0; j <= n; j++) pairRows[j] = rowAt(pairs, pairKey(wh[j + 1] as number, wh[j + 2] as number));
}

/** Token i's word and bigram templates, from the rows around it (findWordRows first). */
function addWordBlocks(model: AttributionModel, i: number, out: Float64Array): void {
  const ww = model.words.weights;
  const pw = model.pairs.weights;
  const rPrev = wordRows[i + 1] as number;
  const rNext = wordRows[i + 3] as number;
  const rPrev2 = wordRows[i] as number;
  const rNext2 = wordRows[i + 4] as number;
  const after = pairRows[i + 1] as number;
  addRow(ww, wordRows[i + 2] as number, out, i);
  addRow(ww, rPrev < 0 ? -1 : rPrev + W, out, i);
  addRow(ww, rNext < 0 ? -1 : rNext + 2 * W, out, i);
  addRow(ww, rPrev2 < 0 ? -1 : rPrev2 + 3 * W, out, i);
  addRow(ww, rNext2 < 0 ? -1 : rNext2 + 4 * W, out, i);
  addRow(pw, pairRows[i] as number, out, i);
  addRow(pw, after < 0 ? -1 : after + W, out, i);
}

/** The word and bigram templates of every token. */
function addWordRows(model: AttributionModel, wh: Int32Array, n: number, out: Float64Array): void {
  findWordRows(model, wh, n);
  for (let i = 0; i < n; i++) addWordBlocks(model, i, out);
}

/** Reused between calls (only read inside one): the scores of an article's tokens. */
let scoreBuffer = new Float64Array(0);

/** Reused per call: one token's features. */
const ONE_DENSE = new Int32Array(D);
const ONE_SPARSE = new Int32Array(S);

const MODEL_FILE = "attribution-model.txt";

let loaded: AttributionModel | null | undefined;

/** The trained model, or null when its file is absent (then statements come from the rules alone). */
export function loadModel(): AttributionModel | null {
  if (loaded !== undefined) return loaded;
  // Beside this module under src/, or under src/ when running the built copy in dist/.
  const candidates = [
    new URL(`./${MODEL_FILE}`, import.meta.url),
    new URL(`../../../src/attribution/model/${MODEL_FILE}`, import.meta.url),
  ];
  const found = candidates.map((u) => fileURLToPath(u)).find((p) => existsSync(p));
  loaded = found === undefined ? null : parseModel(readFileSync(found, "utf8"));
  return loaded;
}

/** The token facts and labels (LABELS indices) for every token of the input. */
export function tagTokens(
  model: AttributionModel,
  input: Omit<FeatureInput, "cueClasses" | "clusters">,
): { ctx: TokenContext; labels: Uint8Array } {
  const ctx = tokenContext({ ...input, cueClasses: model.cueClasses, clusters: model.clusters });
  if (scoreBuffer.length < ctx.n * L) scoreBuffer = new Float64Array(ctx.n * L * 2);
  const scores = scoreBuffer.subarray(0, ctx.n * L);
  scores.fill(0);
  findWordRows(model, ctx.wh, ctx.n);
  featurize(ctx, {
    dense: ONE_DENSE,
    sparse: ONE_SPARSE,
    token: (i) => {
      rowsOf(ONE_DENSE, 0, ROWS);
      scoreFolded(model, ROWS, ONE_SPARSE, 0, scores, i * L);
      addWordBlocks(model, i, scores);
    },
  });
  return { ctx, labels: viterbi(scores, ctx.n, model.transitions, model.starts) };
}
