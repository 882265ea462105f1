/**
 * @module `npm run train:attribution`: trains the attribution tagger (src/attribution/model/) on PolNeAR train with
 * an averaged structured perceptron (first-order Viterbi over O / B-I source, cue, content), picks the number of
 * passes on dev, prunes small weights and writes src/attribution/model/attribution-model.txt. Test is never read.
 *
 *   npm run train:attribution [-- --epochs 20] [--seed 1] [--prune 30] [--out FILE] [--dry-run]
 *
 * Each pass visits train's paragraphs (those no gold span runs across) in a seeded random order. `--prune` drops
 * hashed features whose largest averaged weight is below it (in update counts), which keeps the file small and the
 * scoring fast at a small cost on dev.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  ACCORDING_CUES,
  PHRASE_CUES,
  QUOTING_CUES,
  REPORTING_VERBS,
} from "../src/attribution/cue-lexicon.ts";
import { constrain, labelSpans, viterbi } from "../src/attribution/model/decode.ts";
import {
  B_CUE,
  cueClassesOf,
  DENSE_ROWS,
  DENSE_TEMPLATES,
  featurize,
  I_CUE,
  L,
  O,
  SPARSE_TEMPLATES,
  type TokenFeatures,
  tokenContext,
} from "../src/attribution/model/features.ts";
import {
  type AttributionModel,
  emissions,
  type PlainModel,
  parseModel,
  serializeModel,
} from "../src/attribution/model/tagger.ts";
import { type PreparedDoc, prepare } from "./lib/attribution-corpus.ts";
import { loadPolnear } from "./lib/attribution-data.ts";
import { ROLES, type Role } from "./lib/brat.ts";
import { type Extent, type RoleScore, scoreRole } from "./lib/span-score.ts";

const OUT = fileURLToPath(new URL("../src/attribution/model/attribution-model.txt", import.meta.url));

interface Options {
  readonly epochs: number;
  readonly seed: number;
  readonly prune: number;
  readonly dryRun: boolean;
  readonly out: string;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (flag: string, fallback: number): number => {
    const at = argv.indexOf(flag);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  return {
    epochs: value("--epochs", 20),
    seed: value("--seed", 1),
    prune: value("--prune", 30),
    dryRun: argv.includes("--dry-run"),
    out: argv.includes("--out") ? String(argv[argv.indexOf("--out") + 1]) : OUT,
  };
}

/** Cue-like words: the lexicon's forms (classes 1-4) and words train marks as cues often enough (5-7). */
function cueWords(docs: readonly PreparedDoc[]): Map<string, number> {
  const words = new Map<string, number>();
  for (const v of REPORTING_VERBS) {
    for (const f of v.finite) if (!f.includes(" ")) words.set(f, 1);
    if (!v.base.includes(" ")) words.set(v.base, 2);
    if (!v.participle.includes(" ")) words.set(v.participle, 3);
  }
  for (const p of [...PHRASE_CUES, ...ACCORDING_CUES, ...QUOTING_CUES]) {
    const first = p.split(" ")[0] ?? "";
    if (!words.has(first)) words.set(first, 4);
  }
  const seen = new Map<string, number>();
  const asCue = new Map<string, number>();
  for (const d of docs) {
    d.tokens.start.forEach((start, i) => {
      const w = d.text.slice(start, d.tokens.end[i]).toLowerCase();
      seen.set(w, (seen.get(w) ?? 0) + 1);
      const g = d.gold[i];
      if (g === B_CUE || g === I_CUE) asCue.set(w, (asCue.get(w) ?? 0) + 1);
    });
  }
  for (const [w, c] of asCue) {
    if (c < 3 || words.has(w) || !/\p{L}/u.test(w)) continue;
    const p = c / (seen.get(w) ?? c);
    if (p >= 0.5) words.set(w, 5);
    else if (p >= 0.2) words.set(w, 6);
    else if (p >= 0.05 && c >= 10) words.set(w, 7);
  }
  return words;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

interface Featurised {
  readonly doc: PreparedDoc;
  readonly features: TokenFeatures;
  /** Word hashes, two boundary slots on each side (see features.ts). */
  readonly wh: Int32Array;
  /** Paragraphs no gold span runs across: the sequences the tagger learns from. */
  readonly chunks: readonly (readonly [number, number])[];
}

function chunksOf(doc: PreparedDoc): [number, number][] {
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
function averageOf(w: ArrayLike<number>, size: number, i: number, time: number): number {
  return (w[i] as number) - (w[size + i] as number) / time;
}

class TaggerPerceptron {
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
    vocabulary: Pick<PlainModel, "words" | "pairs">,
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

/** The tagger's spans on dev, scored as the evaluation scores statements. */
function evaluate(model: AttributionModel, docs: readonly Featurised[]): Record<Role, RoleScore> {
  const predicted = docs.map((f) => {
    const n = f.doc.tokens.count;
    const labels = viterbi(emissions(model, f.features, n, f.wh), n, model.transitions, model.starts);
    const byRole: Record<Role, Extent[]> = { source: [], cue: [], content: [] };
    for (const s of labelSpans(labels))
      byRole[s.role].push({
        start: f.doc.tokens.start[s.from] as number,
        end: f.doc.tokens.end[s.to - 1] as number,
      });
    return byRole;
  });
  const out = {} as Record<Role, RoleScore>;
  for (const role of ROLES) {
    out[role] = scoreRole(
      docs.map((f, i) => ({
        id: f.doc.id,
        text: f.doc.text,
        gold: f.doc.goldExtents[role],
        predicted: predicted[i]?.[role] ?? [],
      })),
    ).score;
  }
  return out;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const seconds = () => ((performance.now() - t0) / 1000).toFixed(0);
  const train = loadPolnear("train").map(prepare);
  const dev = loadPolnear("dev").map(prepare);
  const cues = cueWords(train);
  const cueClasses = cueClassesOf(cues);
  const featurise = (doc: PreparedDoc): Featurised => {
    const ctx = tokenContext({ ...doc.input, cueClasses });
    return { doc, features: featurize(ctx), wh: ctx.wh, chunks: chunksOf(doc) };
  };
  const trainF = train.map(featurise);
  const devF = dev.map(featurise);
  console.log(
    `prepared ${train.length} train and ${dev.length} dev articles, ${cues.size} cue words, ${seconds()} s`,
  );
  const words = new Set<number>();
  const pairs = new Map<string, readonly [number, number]>();
  for (const f of trainF) {
    for (let j = 0; j < f.wh.length; j++) {
      words.add(f.wh[j] as number);
      if (j + 1 < f.wh.length)
        pairs.set(`${f.wh[j]},${f.wh[j + 1]}`, [f.wh[j] as number, f.wh[j + 1] as number]);
    }
  }
  const random = rng(options.seed);
  const tagger = new TaggerPerceptron();
  let best = { epoch: 0, score: -1, text: "" };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const order = shuffle(
      trainF.flatMap((f) => f.chunks.map(([from, to]) => ({ f, from, to }))),
      random,
    );
    let errors = 0;
    for (const { f, from, to } of order) errors += tagger.learn(f, from, to);
    const text = serializeModel(tagger.averaged(cues, options.prune, { words, pairs: [...pairs.values()] }));
    const scores = evaluate(parseModel(text), devF);
    const f1 = ROLES.map((r) => 100 * scores[r].exact.f1);
    const mean = f1.reduce((a, b) => a + b) / f1.length;
    const shown = ROLES.map(
      (r, i) => `${r} ${f1[i]?.toFixed(1)} (lenient ${(100 * scores[r].lenient.f1).toFixed(1)})`,
    ).join(", ");
    console.log(
      `pass ${epoch}: ${errors} token errors on train; dev exact F1 ${shown}; ${(text.length / 1e6).toFixed(2)} MB; ${seconds()} s`,
    );
    if (mean > best.score) best = { epoch, score: mean, text };
  }
  console.log(
    `best on dev: pass ${best.epoch} (mean exact F1 of the tagger's spans ${best.score.toFixed(1)})`,
  );
  if (!options.dryRun) {
    writeFileSync(options.out, best.text);
    console.log(`wrote ${options.out} (${(best.text.length / 1e6).toFixed(2)} MB) after ${seconds()} s`);
  }
}

main();
