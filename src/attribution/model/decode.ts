/**
 * @module Best label sequence for the attribution tagger (first-order Viterbi with B/I constraints) and the role spans
 * it spells.
 */
import { I_CONTENT, I_CUE, I_SOURCE, LABELS, O } from "./features.ts";

/** The label count as a module constant: V8 optimises the loops below far better than with the imported binding. */
const L = 7;
if (LABELS.length !== L) throw new Error("decode.ts: label count mismatch");

/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, next: number): boolean {
  if (next !== I_SOURCE && next !== I_CUE && next !== I_CONTENT) return true;
  return prev === next || prev === next - 1;
}

/** A score no allowed path reaches (finite: the loop below runs faster on finite numbers). */
const FORBIDDEN = -1e9;

/** `transitions` and `starts` with the forbidden moves (I-X not after B-X or I-X) set to FORBIDDEN. */
export function constrain(
  transitions: ArrayLike<number>,
  starts: ArrayLike<number>,
): { transitions: Float64Array; starts: Float64Array } {
  const t = new Float64Array(L * L);
  const s = new Float64Array(L);
  for (let p = 0; p < L; p++)
    for (let n = 0; n < L; n++) t[p * L + n] = allowed(p, n) ? (transitions[p * L + n] as number) : FORBIDDEN;
  for (let n = 0; n < L; n++) s[n] = allowed(O, n) ? (starts[n] as number) : FORBIDDEN;
  return { transitions: t, starts: s };
}

/** Reused between calls (only read inside one). */
let backPointers = new Uint8Array(0);

/**
 * `emissions` holds n×L scores, `transitions` L×L (from × to) and `starts` L, both constrained (see `constrain`).
 * Returns one label per token.
 */
export function viterbi(
  emissions: Float64Array,
  n: number,
  transitions: Float64Array,
  starts: Float64Array,
): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  if (backPointers.length < n * L) backPointers = new Uint8Array(n * L * 2);
  const back = backPointers;
  const t = transitions;
  const em = emissions;
  // The best score of a path ending in each label so far, unrolled: O, B-S, I-S, B-C, I-C, B-T, I-T.
  let p0 = (starts[0] as number) + (em[0] as number);
  let p1 = (starts[1] as number) + (em[1] as number);
  let p2 = (starts[2] as number) + (em[2] as number);
  let p3 = (starts[3] as number) + (em[3] as number);
  let p4 = (starts[4] as number) + (em[4] as number);
  let p5 = (starts[5] as number) + (em[5] as number);
  let p6 = (starts[6] as number) + (em[6] as number);
  for (let i = 1; i < n; i++) {
    const e = i * L;
    let s = 0;
    // O and B-X may follow any label; I-X only B-X or I-X. Unrolled: V8 keeps the seven scores in registers.
    let c0 = p0 + (t[0] as number);
    let a0 = 0;
    s = p1 + (t[7] as number);
    if (s > c0) {
      c0 = s;
      a0 = 1;
    }
    s = p2 + (t[14] as number);
    if (s > c0) {
      c0 = s;
      a0 = 2;
    }
    s = p3 + (t[21] as number);
    if (s > c0) {
      c0 = s;
      a0 = 3;
    }
    s = p4 + (t[28] as number);
    if (s > c0) {
      c0 = s;
      a0 = 4;
    }
    s = p5 + (t[35] as number);
    if (s > c0) {
      c0 = s;
      a0 = 5;
    }
    s = p6 + (t[42] as number);
    if (s > c0) {
      c0 = s;
      a0 = 6;
    }
    let c1 = p0 + (t[1] as number);
    let a1 = 0;
    s = p1 + (t[8] as number);
    if (s > c1) {
      c1 = s;
      a1 = 1;
    }
    s = p2 + (t[15] as number);
    if (s > c1) {
      c1 = s;
      a1 = 2;
    }
    s = p3 + (t[22] as number);
    if (s > c1) {
      c1 = s;
      a1 = 3;
    }
    s = p4 + (t[29] as number);
    if (s > c1) {
      c1 = s;
      a1 = 4;
    }
    s = p5 + (t[36] as number);
    if (s > c1) {
      c1 = s;
      a1 = 5;
    }
    s = p6 + (t[43] as number);
    if (s > c1) {
      c1 = s;
      a1 = 6;
    }
    let c3 = p0 + (t[3] as number);
    let a3 = 0;
    s = p1 + (t[10] as number);
    if (s > c3) {
      c3 = s;
      a3 = 1;
    }
    s = p2 + (t[17] as number);
    if (s > c3) {
      c3 = s;
      a3 = 2;
    }
    s = p3 + (t[24] as number);
    if (s > c3) {
      c3 = s;
      a3 = 3;
    }
    s = p4 + (t[31] as number);
    if (s > c3) {
      c3 = s;
      a3 = 4;
    }
    s = p5 + (t[38] as number);
    if (s > c3) {
      c3 = s;
      a3 = 5;
    }
    s = p6 + (t[45] as number);
    if (s > c3) {
      c3 = s;
      a3 = 6;
    }
    let c5 = p0 + (t[5] as number);
    let a5 = 0;
    s = p1 + (t[12] as number);
    if (s > c5) {
      c5 = s;
      a5 = 1;
    }
    s = p2 + (t[19] as number);
    if (s > c5) {
      c5 = s;
      a5 = 2;
    }
    s = p3 + (t[26] as number);
    if (s > c5) {
      c5 = s;
      a5 = 3;
    }
    s = p4 + (t[33] as number);
    if (s > c5) {
      c5 = s;
      a5 = 4;
    }
    s = p5 + (t[40] as number);
    if (s > c5) {
      c5 = s;
      a5 = 5;
    }
    s = p6 + (t[47] as number);
    if (s > c5) {
      c5 = s;
      a5 = 6;
    }
    let c2 = p1 + (t[9] as number);
    let a2 = 1;
    s = p2 + (t[16] as number);
    if (s > c2) {
      c2 = s;
      a2 = 2;
    }
    let c4 = p3 + (t[25] as number);
    let a4 = 3;
    s = p4 + (t[32] as number);
    if (s > c4) {
      c4 = s;
      a4 = 4;
    }
    let c6 = p5 + (t[41] as number);
    let a6 = 5;
    s = p6 + (t[48] as number);
    if (s > c6) {
      c6 = s;
      a6 = 6;
    }
    back[e] = a0;
    back[e + 1] = a1;
    back[e + 2] = a2;
    back[e + 3] = a3;
    back[e + 4] = a4;
    back[e + 5] = a5;
    back[e + 6] = a6;
    p0 = c0 + (em[e] as number);
    p1 = c1 + (em[e + 1] as number);
    p2 = c2 + (em[e + 2] as number);
    p3 = c3 + (em[e + 3] as number);
    p4 = c4 + (em[e + 4] as number);
    p5 = c5 + (em[e + 5] as number);
    p6 = c6 + (em[e + 6] as number);
  }
  const final = [p0, p1, p2, p3, p4, p5, p6];
  let last = 0;
  for (let l = 1; l < L; l++) if ((final[l] as number) > (final[last] as number)) last = l;
  labels[n - 1] = last;
  for (let i = n - 1; i > 0; i--) {
    last = back[i * L + last] as number;
    labels[i - 1] = last;
  }
  return labels;
}

export type SpanRole = "source" | "cue" | "content";

/** A run of tokens with one role: tokens `from` (inclusive) to `to` (exclusive). */
export interface TokenSpan {
  readonly role: SpanRole;
  readonly from: number;
  readonly to: number;
}

const ROLE_OF_LABEL: readonly (SpanRole | null)[] = [
  null,
  "source",
  "source",
  "cue",
  "cue",
  "content",
  "content",
];

export function labelSpans(labels: Uint8Array): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: { role: SpanRole; from: number } | null = null;
  for (let i = 0; i <= labels.length; i++) {
    const label = i < labels.length ? (labels[i] as number) : O;
    const role = ROLE_OF_LABEL[label] ?? null;
    const begins = label === O || label % 2 === 1;
    if (open !== null && (begins || role !== open.role)) {
      spans.push({ role: open.role, from: open.from, to: i });
      open = null;
    }
    if (role !== null && open === null) open = { role, from: i };
  }
  return spans;
}
