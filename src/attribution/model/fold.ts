/**
 * @module The attribution tagger's dense weights folded on loading: templates whose values one index determines are
 * summed into one table row, so scoring a token takes FOLDED_LOOKUPS lookups instead of one per template.
 */
import { DENSE_BASE, DENSE_ROWS, DENSE_TEMPLATES } from "./features.ts";

/** Weights per row (one per label but O) and the template count as module constants (see tagger.ts). */
const W = 6;
const D = 31;
if (DENSE_TEMPLATES !== D) throw new Error("fold.ts: feature layout mismatch");

const B = DENSE_BASE as readonly number[];
/** The first row of template `t`; DENSE_ROWS past the last. */
const base = (t: number): number => (t < D ? (B[t] as number) : DENSE_ROWS);
/**
 * The 31 dense templates as 17 lookups: templates whose values one index determines are summed once, on loading
 * (the same scores, half the work). G1: distances to the cue-like words left and right and the quote state
 * (templates 0, 6-10); G2: cue class with the distances (11, 19); G3: entity code with the distances (13, 22); G4:
 * quote states, quote mark and place in the sentence (1-4, 20); G5: rule labels (15, 16); G6: the word's fine
 * cluster and quote state (23, 26); G7: its coarse cluster with the distances (27, 28); the rest as they are.
 */
const G1 = 0;
const G2 = G1 + 1024;
const G3 = G2 + 2048;
const G4 = G3 + 2560;
const G5 = G4 + 2048;
const G6 = G5 + 512;
const G7 = G6 + 1028;
const REST_TEMPLATES = [5, 12, 14, 17, 18, 21, 24, 25, 29, 30] as const;
const REST = G7 + 33 * 256;
const REST_BASE: number[] = [];
let FOLDED_ROWS = REST;
for (const t of REST_TEMPLATES) {
  REST_BASE.push(FOLDED_ROWS);
  FOLDED_ROWS += base(t + 1) - base(t);
}

export function fold(dense: Int8Array): Int16Array {
  const out = new Int16Array(FOLDED_ROWS * W);
  const add = (row: number, templateRow: number): void => {
    for (let l = 0; l < W; l++)
      out[row * W + l] = (out[row * W + l] as number) + (dense[templateRow * W + l] as number);
  };
  for (let ld = 0; ld < 16; ld++)
    for (let rd = 0; rd < 16; rd++) {
      for (let q = 0; q < 4; q++) {
        const row = G1 + (ld * 16 + rd) * 4 + q;
        add(row, base(0));
        add(row, base(6) + ld);
        add(row, base(7) + rd);
        add(row, base(8) + ld * 16 + rd);
        add(row, base(9) + ld * 4 + q);
        add(row, base(10) + rd * 4 + q);
      }
      for (let c = 0; c < 8; c++) {
        add(G2 + c * 256 + ld * 16 + rd, base(11) + c);
        add(G2 + c * 256 + ld * 16 + rd, base(19) + c * 256 + ld * 16 + rd);
      }
      for (let e = 0; e < 10; e++) {
        add(G3 + e * 256 + ld * 16 + rd, base(13) + e);
        add(G3 + e * 256 + ld * 16 + rd, base(22) + e * 256 + ld * 16 + rd);
      }
    }
  for (let qp = 0; qp < 4; qp++)
    for (let q = 0; q < 4; q++)
      for (let mark = 0; mark < 2; mark++)
        for (let ep = 0; ep < 8; ep++)
          for (let sp = 0; sp < 8; sp++) {
            const row = G4 + ((qp * 4 + q) * 2 + mark) * 64 + ep * 8 + sp;
            add(row, base(1) + q * 2 + mark);
            add(row, base(2) + qp * 4 + q);
            add(row, base(3) + sp);
            add(row, base(4) + ep);
            add(row, base(20) + q * 64 + ep * 8 + sp);
          }
  for (let k = 0; k < 257; k++)
    for (let q = 0; q < 4; q++) {
      add(G6 + k * 4 + q, base(23) + k);
      add(G6 + k * 4 + q, base(26) + k * 4 + q);
    }
  for (let k = 0; k < 33; k++)
    for (let ld = 0; ld < 16; ld++)
      for (let rd = 0; rd < 16; rd++) {
        add(G7 + (k * 16 + ld) * 16 + rd, base(27) + k * 16 + ld);
        add(G7 + (k * 16 + ld) * 16 + rd, base(28) + k * 16 + rd);
      }
  for (let v = 0; v < 512; v++) {
    add(G5 + v, base(15) + ((v >> 3) & 7));
    add(G5 + v, base(16) + v);
  }
  REST_TEMPLATES.forEach((t, k) => {
    for (let r = 0; r < base(t + 1) - base(t); r++) add((REST_BASE[k] as number) + r, base(t) + r);
  });
  return out;
}

const B1 = base(1);
const B2 = base(2);
const B8 = base(8);
const B9 = base(9);
const B16 = base(16);
const B19 = base(19);
const B20 = base(20);
const B22 = base(22);
const B26 = base(26);
const B27 = base(27);
const B28 = base(28);
const REST_COUNT = REST_TEMPLATES.length;
const REST_ROW = Int32Array.from(REST_TEMPLATES, (t, k) => (REST_BASE[k] as number) - base(t));
const REST_AT = Int32Array.from(REST_TEMPLATES);

/** The folded rows of one token, from its D dense template rows at `d`. */
export function foldedRows(dense: Int32Array, d: number, rows: Int32Array): void {
  rows[0] = G1 + ((dense[d + 8] as number) - B8) * 4 + (((dense[d + 9] as number) - B9) & 3);
  rows[1] = G2 + (dense[d + 19] as number) - B19;
  rows[2] = G3 + (dense[d + 22] as number) - B22;
  rows[3] =
    G4 +
    (((dense[d + 2] as number) - B2) * 2 + (((dense[d + 1] as number) - B1) & 1)) * 64 +
    (((dense[d + 20] as number) - B20) & 63);
  rows[4] = G5 + (dense[d + 16] as number) - B16;
  rows[5] = G6 + (dense[d + 26] as number) - B26;
  rows[6] = G7 + ((dense[d + 27] as number) - B27) * 16 + (((dense[d + 28] as number) - B28) & 15);
  for (let k = 0; k < REST_COUNT; k++)
    rows[7 + k] = (REST_ROW[k] as number) + (dense[d + (REST_AT[k] as number)] as number);
}

export const FOLDED_LOOKUPS = 7 + REST_COUNT;
