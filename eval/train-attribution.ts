/**
 * @module `npm run train:attribution`: trains the attribution tagger (src/attribution/model/) on PolNeAR train with
 * an averaged structured perceptron (first-order Viterbi over O / B-I source, cue, content), picks the number of
 * passes on dev, prunes small weights and writes src/attribution/model/attribution-model.txt. Test is never read.
 *
 *   npm run train:attribution [-- --epochs 30] [--seed 1] [--prune 30] [--out FILE] [--dry-run]
 *
 * Word clusters are learned first, from train's text alone (lib/word-clusters.ts), and stored in the model file.
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
import { codeTable } from "../src/attribution/model/code-table.ts";
import { labelSpans, viterbi } from "../src/attribution/model/decode.ts";
import { B_CUE, cueClassesOf, featurize, I_CUE, tokenContext } from "../src/attribution/model/features.ts";
import {
  type AttributionModel,
  emissions,
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
    const text = serializeModel(
      tagger.averaged(cues, options.prune, { words, pairs: [...pairs.values()], clusters }),
    );
    const model = parseModel(text);
    const { mean, shown } = summary(evaluate(devF, (f) => tagTokensOf(model, f)));
    console.log(
      `pass ${epoch}: ${errors} token errors on train; dev exact F1 ${shown}; ${(text.length / 1e6).toFixed(2)} MB; ${seconds()} s`,
    );
    if (mean > best.score) best = { epoch, score: mean, text };
  }
  console.log(
    `best on dev: pass ${best.epoch} (mean exact F1 of the tagger's spans ${best.score.toFixed(1)})`,
  );
  const { text } = best;
  if (!options.dryRun) {
    writeFileSync(options.out, text);
    console.log(`wrote ${options.out} (${(text.length / 1e6).toFixed(2)} MB) after ${seconds()} s`);
  }
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
