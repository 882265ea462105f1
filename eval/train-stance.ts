/**
 * @module `npm run train:stance`: trains the learned stance reading (src/stance/value-model.ts) on the gold quotes of
 * the first twenty-three evaluation corpora, and writes src/stance/stance-values.json. The twenty-fourth corpus and
 * later ones and the held-out corpus are never read here: they measure what was learned.
 *
 *   npm run train:stance [-- --epochs N] [--margin M] [--seed S] [--out FILE] [--dry-run]
 *
 * An averaged multi-class perceptron over a quote's unigrams and bigrams, in a seeded random order each pass. Before
 * writing, it prints leave-one-corpus-out accuracy on corpora 18–23 (trained on the other twenty-two) for a few pass
 * counts and, at the chosen count, how many readings clear each margin and how many of those are right: the
 * margin is the one stated with --margin, chosen from that table.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { STANCE_VALUES, type StanceValue } from "../src/core/records.ts";
import { readValue, type ValueModel, type ValueModelFile, valueFeatures } from "../src/stance/value-model.ts";
import { rng, shuffle } from "./lib/tagger-perceptron.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "src", "stance", "stance-values.json");
const TRAINED = ["dossier-corpus", ...Array.from({ length: 22 }, (_, i) => `dossier-corpus${i + 2}`)];
/** Measured leave-one-out: the six last-written trained corpora. */
const DEV = TRAINED.slice(-6);
const LABELS = STANCE_VALUES;

interface Example {
  readonly features: readonly string[];
  readonly label: number;
}

function examplesOf(corpus: string): Example[] {
  const file = join(ROOT, "eval", corpus, "gold.json");
  if (!existsSync(file)) throw new Error(`${file}: not found`);
  const gold = JSON.parse(readFileSync(file, "utf8")) as {
    stances: { quote: string; stance: StanceValue }[];
  };
  return gold.stances.map((s) => ({ features: valueFeatures(s.quote), label: LABELS.indexOf(s.stance) }));
}

/** Averaged perceptron: per feature, one weight per label. */
function train(examples: readonly Example[], epochs: number, seed: number): ValueModel {
  const n = LABELS.length;
  const weights = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  const row = (map: Map<string, Float64Array>, f: string) => {
    let r = map.get(f);
    if (r === undefined) {
      r = new Float64Array(n);
      map.set(f, r);
    }
    return r;
  };
  const order = [...examples];
  const random = rng(seed);
  let step = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const ex of shuffle(order, random)) {
      const scores = new Float64Array(n);
      for (const f of ex.features) {
        const w = weights.get(f);
        if (w) for (let i = 0; i < n; i++) scores[i] = (scores[i] as number) + (w[i] as number);
      }
      let guess = 0;
      for (let i = 1; i < n; i++) if ((scores[i] as number) > (scores[guess] as number)) guess = i;
      if (guess !== ex.label) {
        for (const f of ex.features) {
          const w = row(weights, f);
          const t = row(totals, f);
          w[ex.label] = (w[ex.label] as number) + 1;
          w[guess] = (w[guess] as number) - 1;
          t[ex.label] = (t[ex.label] as number) + step;
          t[guess] = (t[guess] as number) - step;
        }
      }
      step += 1;
    }
  }
  const averaged = new Map<string, number[]>();
  for (const [f, w] of weights) {
    const t = totals.get(f) as Float64Array;
    const avg = [...w].map((x, i) => Math.round((x - (t[i] as number) / step) * 100) / 100);
    if (avg.some((x) => Math.abs(x) >= 0.05)) averaged.set(f, avg);
  }
  return { labels: LABELS, minMargin: 0, weights: averaged };
}

interface Options {
  readonly epochs: number;
  readonly margin: number;
  readonly seed: number;
  readonly out: string;
  readonly dryRun: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (flag: string, fallback: string): string => {
    const at = argv.indexOf(flag);
    return at >= 0 ? String(argv[at + 1]) : fallback;
  };
  return {
    epochs: Number(value("--epochs", "10")),
    margin: Number(value("--margin", "3")),
    seed: Number(value("--seed", "1")),
    out: value("--out", OUT),
    dryRun: argv.includes("--dry-run"),
  };
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  const byCorpus = new Map(TRAINED.map((c) => [c, examplesOf(c)]));
  const rest = (held: string) => [...byCorpus].filter(([c]) => c !== held).flatMap(([, ex]) => ex);
  console.log(`training on the gold quotes of ${TRAINED.length} corpora (${rest("").length} quotes)`);
  console.log("leave-one-corpus-out accuracy on corpora 18–23, by passes:");
  for (const epochs of [5, 10, 20]) {
    let right = 0;
    let all = 0;
    for (const held of DEV) {
      const model = train(rest(held), epochs, options.seed);
      for (const ex of byCorpus.get(held) ?? []) {
        all += 1;
        if (readValue(model, ex.features).stance === LABELS[ex.label]) right += 1;
      }
    }
    console.log(`  ${String(epochs).padStart(2)} passes: ${right}/${all} ${(right / all).toFixed(3)}`);
  }
  console.log(`at ${options.epochs} passes, readings by margin (leave-one-corpus-out, corpora 18–23):`);
  const readings: { margin: number; right: boolean }[] = [];
  for (const held of DEV) {
    const model = train(rest(held), options.epochs, options.seed);
    for (const ex of byCorpus.get(held) ?? []) {
      const r = readValue(model, ex.features);
      readings.push({ margin: r.margin, right: r.stance === LABELS[ex.label] });
    }
  }
  for (const m of [0, 0.5, 1, 2, 3, 5]) {
    const kept = readings.filter((r) => r.margin >= m);
    const right = kept.filter((r) => r.right).length;
    console.log(
      `  margin ≥ ${m}: ${kept.length}/${readings.length} read, ${right} right (${(right / Math.max(1, kept.length)).toFixed(3)})`,
    );
  }
  const model = train(rest(""), options.epochs, options.seed);
  const file: ValueModelFile = {
    labels: LABELS,
    minMargin: options.margin,
    weights: Object.fromEntries([...model.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  console.log(`${model.weights.size} features kept, margin ${options.margin}`);
  if (options.dryRun) return 0;
  writeFileSync(options.out, `${JSON.stringify(file)}\n`);
  console.log(`wrote ${options.out}`);
  return 0;
}

process.exitCode = main();
