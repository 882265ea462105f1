/**
 * @module Token features for the attribution tagger: the same code featurises PolNeAR train when the tagger is
 * trained (eval/train-attribution.ts) and an article when it is tagged.
 *
 * Each token gets DENSE_TEMPLATES rows of a dense weight table (small values: its place in the sentence and in
 * quotation marks, the distance to the nearest cue-like word left and right in the sentence, the cue class of the
 * word, entity mentions around it, what the rule attributor said about it) and SPARSE_TEMPLATES hashed features
 * (words, bigrams, suffixes and shapes around it, and their conjunctions with those small values); a hashed slot
 * holds 0 when its template does not apply.
 */
import type { Sentence } from "../../core/records.ts";
import type { Quote } from "../quote-finder.ts";
import { type CodeTable, codeOf } from "./code-table.ts";
import { hashString, QUOTE_MARK, type Tokens } from "./tokens.ts";

/** Imported bindings are read through a getter on every use; the per-token loop calls this local one. */
const clusterOf = codeOf;

/** Per-token role codes, shared by the labels and the rule attributor's tags: O, then B/I for each role. */
export const LABELS = ["O", "B-S", "I-S", "B-C", "I-C", "B-T", "I-T"] as const;
export const L = LABELS.length;
export const O = 0;
export const B_SOURCE = 1;
export const I_SOURCE = 2;
export const B_CUE = 3;
export const I_CUE = 4;
export const B_CONTENT = 5;
export const I_CONTENT = 6;

/** Entity mention type codes for the features. */
export type MentionKind = 1 | 2 | 3 | 4;

export interface TokenMention {
  readonly start: number;
  readonly end: number;
  /** 1 person, 2 organization, 3 place, 4 other. */
  readonly kind: MentionKind;
}

export interface FeatureInput {
  readonly text: string;
  readonly tokens: Tokens;
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly Quote[];
  readonly mentions: readonly TokenMention[];
  /** The rule attributor's role code per token (LABELS indices), or null when not run. */
  readonly rules: Uint8Array | null;
  /** Cue-like words' classes (from the lexicon and from train) by the hash of the word in lower case. */
  readonly cueClasses: ReadonlyMap<number, number>;
  /** Word clusters learned from train's text, by word hash: fine id + 1 in the low byte, coarse id + 1 above. */
  readonly clusters: CodeTable;
}

/** A feature key: template `t` with value `v` (a small number or a hash). Cheap, and distinct across templates. */
export function key1(t: number, v: number): number {
  return (Math.imul(v, 0x2545f491) + Math.imul(t + 1, 0x9e3779b9)) | 0;
}

export function key2(t: number, a: number, b: number): number {
  return key1(t, Math.imul(a, 0x85ebca6b) ^ b);
}

export function key3(t: number, a: number, b: number, c: number): number {
  return key1(t, Math.imul(Math.imul(a, 0x85ebca6b) ^ b, 0xc2b2ae35) ^ c);
}

/** The classes of cue-like words by hash, from words in lower case. */
export function cueClassesOf(words: ReadonlyMap<string, number>): Map<number, number> {
  return new Map([...words].map(([w, c]) => [hashString(w), c]));
}

/** 0, 1, 2, 3, 4-5, 6-8, 9-14, 15+ as 0..7. */
const BUCKETS = Uint8Array.from({ length: 16 }, (_, d) =>
  d < 4 ? d : d < 6 ? 4 : d < 9 ? 5 : d < 15 ? 6 : 7,
);

function bucket(d: number): number {
  return d < 16 ? (BUCKETS[d] as number) : 7;
}

/** Per-token facts the features and the statement builder read. Word arrays are offset by 2. */
export interface TokenContext {
  readonly n: number;
  readonly tokens: Tokens;
  /** Word hashes, shape hashes and cue classes, offset by 2 (two boundary slots on each side). */
  readonly wh: Int32Array;
  readonly sh: Int32Array;
  readonly cue: Uint8Array;
  /** Word cluster codes (see FeatureInput), offset by 2. */
  readonly cl: Uint16Array;
  /** First token of the token's sentence, and one past its last. */
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  readonly paraFirst: Uint8Array;
  /** 1 inside the quoted words, 2 opening mark, 3 closing mark. */
  readonly quoteState: Uint8Array;
  /** Index of the quote whose marks enclose the token, or -1. */
  readonly quoteOf: Int32Array;
  /** Entity mention codes, offset by 2. */
  readonly ent: Uint8Array;
  readonly rules: Uint8Array | null;
  readonly quotes: readonly Quote[];
}

/** The word hash of the two positions before the first token and after the last. */
export const BOUND = hashString("<s>");

export function tokenContext(input: FeatureInput): TokenContext {
  const { text, tokens, sentences, quotes, mentions, rules, cueClasses, clusters } = input;
  const n = tokens.count;
  const wh = new Int32Array(n + 4);
  const sh = new Int32Array(n + 4);
  const cue = new Uint8Array(n + 4);
  wh.set(tokens.hash, 2);
  sh.set(tokens.shape, 2);
  const cl = new Uint16Array(n + 4);
  for (let i = 0; i < n; i++) {
    cue[i + 2] = cueClasses.get(tokens.hash[i] as number) ?? 0;
    cl[i + 2] = clusterOf(clusters, tokens.hash[i] as number);
  }
  wh[0] = wh[1] = wh[n + 2] = wh[n + 3] = BOUND;
  sh[0] = sh[1] = sh[n + 2] = sh[n + 3] = BOUND;
  const tokenStart = tokens.start;
  const tokenEnd = tokens.end;

  // Sentence of each token, and position in it.
  const sentStart = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  const paraFirst = new Uint8Array(n);
  {
    let si = 0;
    let first = 0;
    let i = 0;
    while (i < n) {
      while (si < sentences.length && (sentences[si] as Sentence).end <= (tokenStart[i] as number)) si++;
      const s = sentences[si];
      const end = s === undefined ? text.length : s.end;
      first = i;
      let j = i;
      while (j < n && (tokenStart[j] as number) < end) j++;
      if (j === i) j = i + 1;
      for (let k = i; k < j; k++) {
        sentStart[k] = first;
        sentEnd[k] = j;
      }
      i = j;
      si++;
    }
    paraFirst[0] = 1;
    for (let k = 1; k < n; k++) {
      const start = tokenStart[k] as number;
      for (let c = tokenEnd[k - 1] as number; c < start; c++) {
        if (text.charCodeAt(c) === 10) {
          paraFirst[k] = 1;
          break;
        }
      }
    }
  }

  // Quotation state: 1 inside the quoted words, 2 opening mark, 3 closing mark; depth of unmatched marks.
  const quoteState = new Uint8Array(n);
  const quoteOf = new Int32Array(n).fill(-1);
  {
    let qi = 0;
    for (let k = 0; k < n; k++) {
      const ts = tokenStart[k] as number;
      const te = tokenEnd[k] as number;
      while (qi < quotes.length && (quotes[qi] as Quote).end <= ts) qi++;
      const q = quotes[qi];
      if (q === undefined || te <= q.start) continue;
      quoteOf[k] = qi;
      if (ts === q.start) quoteState[k] = 2;
      else if (te === q.end) quoteState[k] = 3;
      else if (ts >= q.contentStart && te <= q.contentEnd) quoteState[k] = 1;
    }
  }

  // Entity mention codes: kind * 2, plus 1 inside a mention after its first token.
  const ent = new Uint8Array(n + 4);
  {
    let mi = 0;
    for (let k = 0; k < n; k++) {
      const ts = tokenStart[k] as number;
      while (mi < mentions.length && (mentions[mi] as TokenMention).end <= ts) mi++;
      const m = mentions[mi];
      if (m !== undefined && m.start <= ts && (tokenEnd[k] as number) <= m.end)
        ent[k + 2] = m.kind * 2 + (ts === m.start ? 0 : 1);
    }
  }

  return {
    n,
    tokens,
    wh,
    sh,
    cue,
    cl,
    sentStart,
    sentEnd,
    paraFirst,
    quoteState,
    quoteOf,
    ent,
    rules,
    quotes,
  };
}

/**
 * Dense templates take small values and index a weight table directly; their sizes, in the order featurize fills
 * them: bias, quote state, quote state pair, place from sentence start and end, paragraph/sentence start, distance
 * to the nearest cue-like word left and right and their pair and their pairs with the quote state, cue classes, entity
 * codes, rule labels, commas since the cue, "that" after a cue, and a few conjunctions of these; then word clusters:
 * the fine cluster of the word, the one before and the one after, the word's fine cluster with its quote state, its
 * coarse cluster with the distances to the cue-like words, and coarse cluster pairs with each neighbour.
 */
const DENSE_SIZES = [
  1, 8, 16, 8, 8, 4, 16, 16, 256, 64, 64, 8, 64, 10, 1000, 8, 512, 128, 17, 2048, 256, 256, 2560, 257, 257,
  257, 1028, 528, 528, 1089, 1089,
] as const;
export const DENSE_TEMPLATES = DENSE_SIZES.length;
export const DENSE_BASE: number[] = [];
{
  let at = 0;
  for (const size of DENSE_SIZES) {
    DENSE_BASE.push(at);
    at += size;
  }
}
/** Rows of the dense weight table. */
export const DENSE_ROWS = DENSE_SIZES.reduce((a, b) => a + b, 0);
/**
 * Hashed templates: the word, the two words before and after it, the bigrams it is part of (slots 0-6), its suffix
 * and shape, and the nearest cue-like words and the word itself with their distances. (A shape trigram, entity and
 * rule conjunctions with words, and a few more scored no better on dev and cost time: PolNeAR dev exact F1 moved by
 * at most 0.4 without them.)
 */
export const SPARSE_TEMPLATES = 13;

export interface TokenFeatures {
  /** n × DENSE_TEMPLATES rows of the dense table. */
  readonly dense: Int32Array;
  /** n × SPARSE_TEMPLATES feature hashes, 0 for a template that does not apply. */
  readonly sparse: Int32Array;
}

/** Where `featurize` writes one token's features at a time, calling `token` after each (no per-article arrays). */
export interface FeatureSink {
  /** DENSE_TEMPLATES rows and SPARSE_TEMPLATES hashes of the current token. */
  readonly dense: Int32Array;
  readonly sparse: Int32Array;
  token(i: number): void;
}

/** The features of every token: all of them in two arrays, or one token at a time into `sink`. */
export function featurize(ctx: TokenContext, sink: FeatureSink | null = null): TokenFeatures {
  const { n, wh, sh, cue, cl, sentStart, sentEnd, paraFirst, quoteState, ent, rules } = ctx;
  const { suffix3, flags } = ctx.tokens;
  // Nearest cue-like word left and right within the sentence.
  const leftCue = new Int32Array(n).fill(-1);
  const rightCue = new Int32Array(n).fill(-1);
  for (let k = 1; k < n; k++) {
    const prev = k - 1;
    if (prev >= (sentStart[k] as number))
      leftCue[k] = (cue[prev + 2] as number) > 0 ? prev : (leftCue[prev] as number);
  }
  for (let k = n - 2; k >= 0; k--) {
    const next = k + 1;
    if (next < (sentEnd[k] as number))
      rightCue[k] = (cue[next + 2] as number) > 0 ? next : (rightCue[next] as number);
  }
  const D = DENSE_TEMPLATES;
  const S = SPARSE_TEMPLATES;
  const dense = sink === null ? new Int32Array(n * D) : sink.dense;
  const sparse = sink === null ? new Int32Array(n * S) : sink.sparse;
  const B = DENSE_BASE;
  const COMMA = hashString(",");
  const THAT = hashString("that");
  let sinceComma = 0;
  for (let i = 0; i < n; i++) {
    const w = i + 2;
    const w0 = wh[w] as number;
    const sPos = i - (sentStart[i] as number);
    const ePos = (sentEnd[i] as number) - 1 - i;
    if (sPos === 0) sinceComma = 0;
    const lc = leftCue[i] as number;
    const rc = rightCue[i] as number;
    const ld = lc < 0 ? 15 : bucket(i - lc);
    const rd = rc < 0 ? 15 : bucket(rc - i);
    const lcw = lc < 0 ? 0 : (wh[lc + 2] as number);
    const rcw = rc < 0 ? 0 : (wh[rc + 2] as number);
    const q = quoteState[i] as number;
    const r = rules === null ? 0 : (rules[i] as number) + 1;
    const rPrev = rules === null || i === 0 ? 0 : (rules[i - 1] as number) + 1;
    const rNext = rules === null || i + 1 >= n ? 0 : (rules[i + 1] as number) + 1;
    const c0 = cue[w] as number;
    const e0 = ent[w] as number;
    const o = sink === null ? i * D : 0;
    dense[o] = B[0] as number;
    dense[o + 1] = (B[1] as number) + q * 2 + ((flags[i] as number) & QUOTE_MARK);
    dense[o + 2] = (B[2] as number) + (i > 0 ? (quoteState[i - 1] as number) : 0) * 4 + q;
    dense[o + 3] = (B[3] as number) + bucket(sPos);
    dense[o + 4] = (B[4] as number) + bucket(ePos);
    dense[o + 5] = (B[5] as number) + (paraFirst[i] as number) * 2 + (sPos === 0 ? 1 : 0);
    dense[o + 6] = (B[6] as number) + ld;
    dense[o + 7] = (B[7] as number) + rd;
    dense[o + 8] = (B[8] as number) + ld * 16 + rd;
    dense[o + 9] = (B[9] as number) + ld * 4 + q;
    dense[o + 10] = (B[10] as number) + rd * 4 + q;
    dense[o + 11] = (B[11] as number) + c0;
    dense[o + 12] = (B[12] as number) + (cue[w - 1] as number) * 8 + (cue[w + 1] as number);
    dense[o + 13] = (B[13] as number) + e0;
    dense[o + 14] = (B[14] as number) + (ent[w - 1] as number) * 100 + e0 * 10 + (ent[w + 1] as number);
    dense[o + 15] = (B[15] as number) + r;
    dense[o + 16] = (B[16] as number) + rPrev * 64 + r * 8 + rNext;
    dense[o + 17] = (B[17] as number) + Math.min(sinceComma, 7) * 16 + ld;
    dense[o + 18] = (B[18] as number) + (wh[w - 1] === THAT ? ld : 16);
    dense[o + 19] = (B[19] as number) + c0 * 256 + ld * 16 + rd;
    dense[o + 20] = (B[20] as number) + q * 64 + bucket(ePos) * 8 + bucket(sPos);
    dense[o + 21] = (B[21] as number) + r * 32 + ld * 2 + (q > 0 ? 1 : 0);
    dense[o + 22] = (B[22] as number) + e0 * 256 + ld * 16 + rd;
    const k0 = cl[w] as number;
    const kPrev = cl[w - 1] as number;
    const kNext = cl[w + 1] as number;
    dense[o + 23] = (B[23] as number) + (k0 & 255);
    dense[o + 24] = (B[24] as number) + (kPrev & 255);
    dense[o + 25] = (B[25] as number) + (kNext & 255);
    dense[o + 26] = (B[26] as number) + (k0 & 255) * 4 + q;
    dense[o + 27] = (B[27] as number) + (k0 >> 8) * 16 + ld;
    dense[o + 28] = (B[28] as number) + (k0 >> 8) * 16 + rd;
    dense[o + 29] = (B[29] as number) + (kPrev >> 8) * 33 + (k0 >> 8);
    dense[o + 30] = (B[30] as number) + (k0 >> 8) * 33 + (kNext >> 8);
    const p = sink === null ? i * S : 0;
    // Slots 0-6 (words and bigrams around the token): a sink scores them from word and pair rows instead.
    if (sink === null) {
      sparse[p] = key1(1, w0);
      sparse[p + 1] = key1(2, wh[w - 1] as number);
      sparse[p + 2] = key1(3, wh[w + 1] as number);
      sparse[p + 3] = key1(4, wh[w - 2] as number);
      sparse[p + 4] = key1(5, wh[w + 2] as number);
      sparse[p + 5] = key2(6, wh[w - 1] as number, w0);
      sparse[p + 6] = key2(7, w0, wh[w + 1] as number);
    }
    sparse[p + 7] = key1(8, suffix3[i] as number);
    sparse[p + 8] = key1(9, sh[w] as number);
    sparse[p + 9] = lc < 0 ? 0 : key2(18, lcw, ld);
    sparse[p + 10] = rc < 0 ? 0 : key2(19, rcw, rd);
    sparse[p + 11] = key2(36, w0, ld);
    sparse[p + 12] = key2(37, w0, rd);
    if (w0 === COMMA) sinceComma++;
    if (sink !== null) sink.token(i);
  }
  return { dense, sparse };
}
