/**
 * @module `npm run train:attribution`: trains the attribution tagger (src/attribution/model/) on PolNeAR train with
 * an averaged structured perceptron (first-order Viterbi over O / B-I source, cue, content), picks the number of
 * passes on dev, prunes small weights and writes src/attribution/model/attribution-model.txt. Test is never read.
 *
 *   npm run train:attribution [-- --epochs 30] [--seed 1] [--taggers 3] [--prune 30] [--out FILE] [--dry-run]
 *
 * Word clusters are learned first, from train's text alone (lib/word-clusters.ts), and stored in the model file.
 * Each pass visits train's paragraphs (those no gold span runs across) in a seeded random order. `--prune` drops
 * hashed features whose largest averaged weight is below it (in update counts), which keeps the file small and the
 * scoring fast at a small cost on dev. `--taggers` trains that many taggers (seeds `--seed`, `--seed` + 1, …), each
 * at its best pass on dev, and writes the mean of their weights: one model, as fast to score as one tagger (three
 * scored 0.3 / 0.7 / -0.1 points of PolNeAR dev exact F1 (source / cue / content) above one, through the pipeline).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  ACCORDING_CUES,
  PHRASE_CUES,
  QUOTING_CUES,
  REPORTING_VERBS,
} from "../src/attribution/cue-lexicon.ts";
import { codeTable } from "../src/attribution/model/code-table.ts";
import { labelSpans, viterbi } from "../src/attribution/model/decode.ts";
import { B_CUE, cueClassesOf, featurize, I_CUE, tokenContext } from "../src/attribution/model/features.ts";
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
import { chunksOf, type Featurised, rng, shuffle, TaggerPerceptron } from "./lib/tagger-perceptron.ts";
import { wordClusters } from "./lib/word-clusters.ts";

const OUT = fileURLToPath(new URL("../src/attribution/model/attribution-model.txt", import.meta.url));

interface Options {
  readonly epochs: number;
  readonly seed: number;
  readonly prune: number;
  readonly taggers: number;
  readonly dryRun: boolean;
  readonly out: string;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (flag: string, fallback: number): number => {
    const at = argv.indexOf(flag);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  return {
    epochs: value("--epochs", 30),
    seed: value("--seed", 1),
    prune: value("--prune", 30),
    taggers: value("--taggers", 3),
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

/** The tagger's spans on dev, scored as the evaluation scores statements. */
function evaluate(
  docs: readonly Featurised[],
  labelsOf: (f: Featurised, i: number) => Uint8Array,
): Record<Role, RoleScore> {
  const predicted = docs.map((f, i) => {
    const byRole: Record<Role, Extent[]> = { source: [], cue: [], content: [] };
    for (const s of labelSpans(labelsOf(f, i)))
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
  const clusters = wordClusters(train.map((d) => d.tokens));
  const clusterTable = codeTable(clusters);
  const featurise = (doc: PreparedDoc): Featurised => {
    const ctx = tokenContext({ ...doc.input, cueClasses, clusters: clusterTable });
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
  const vocabulary = { words, pairs: [...pairs.values()], clusters };
  const runs: PlainModel[] = [];
  for (let k = 0; k < options.taggers; k++) {
    const random = rng(options.seed + k);
    const tagger = new TaggerPerceptron();
    let best: { epoch: number; score: number; plain: PlainModel | null } = {
      epoch: 0,
      score: -1,
      plain: null,
    };
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      const order = shuffle(
        trainF.flatMap((f) => f.chunks.map(([from, to]) => ({ f, from, to }))),
        random,
      );
      let errors = 0;
      for (const { f, from, to } of order) errors += tagger.learn(f, from, to);
      const text = serializeModel(tagger.averaged(cues, options.prune, vocabulary));
      const model = parseModel(text);
      const { mean, shown } = summary(evaluate(devF, (f) => tagTokensOf(model, f)));
      console.log(
        `tagger ${k + 1} pass ${epoch}: ${errors} token errors on train; dev exact F1 ${shown}; ${(text.length / 1e6).toFixed(2)} MB; ${seconds()} s`,
      );
      if (mean > best.score) best = { epoch, score: mean, plain: tagger.averaged(cues, 0, vocabulary) };
    }
    console.log(
      `tagger ${k + 1}, best on dev: pass ${best.epoch} (mean exact F1 of the tagger's spans ${best.score.toFixed(1)})`,
    );
    if (best.plain !== null) runs.push(best.plain);
  }
  const text = serializeModel(mixed(runs, options.prune));
  if (runs.length > 1) {
    const { shown } = summary(evaluate(devF, (f) => tagTokensOf(parseModel(text), f)));
    console.log(`the ${runs.length} taggers' mean weights: dev exact F1 ${shown}`);
  }
  if (!options.dryRun) {
    writeFileSync(options.out, text);
    console.log(`wrote ${options.out} (${(text.length / 1e6).toFixed(2)} MB) after ${seconds()} s`);
  }
}

/**
 * The mean of taggers trained on different orders of train (parameter mixing): one model, scored as fast as one,
 * hashed features whose largest mean weight is below `prune` left out.
 */
function mixed(runs: readonly PlainModel[], prune: number): PlainModel {
  const [first] = runs;
  if (first === undefined) throw new Error("no tagger trained");
  const mean = (pick: (m: PlainModel) => ArrayLike<number>): Float64Array => {
    const out = new Float64Array(pick(first).length);
    for (const m of runs) {
      const a = pick(m);
      for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (a[i] as number) / runs.length;
    }
    return out;
  };
  const tagger = new Map<number, Float64Array>();
  for (const m of runs)
    for (const [key, w] of m.tagger) {
      const sum = tagger.get(key) ?? new Float64Array(w.length);
      for (let l = 0; l < w.length; l++) sum[l] = (sum[l] as number) + (w[l] as number) / runs.length;
      tagger.set(key, sum);
    }
  for (const [key, w] of tagger) if (Math.max(...w.map(Math.abs)) < prune) tagger.delete(key);
  return {
    ...first,
    starts: mean((m) => m.starts),
    transitions: mean((m) => m.transitions),
    dense: mean((m) => m.dense),
    tagger,
  };
}

/** The tagger's labels of an article. */
function tagTokensOf(model: AttributionModel, f: Featurised): Uint8Array {
  const n = f.doc.tokens.count;
  return viterbi(emissions(model, f.features, n, f.wh), n, model.transitions, model.starts);
}

function summary(scores: Record<Role, RoleScore>): { mean: number; shown: string } {
  const f1 = ROLES.map((r) => 100 * scores[r].exact.f1);
  const shown = ROLES.map(
    (r, i) => `${r} ${f1[i]?.toFixed(1)} (lenient ${(100 * scores[r].lenient.f1).toFixed(1)})`,
  ).join(", ");
  return { mean: f1.reduce((a, b) => a + b) / f1.length, shown };
}

main();
