/**
 * @module `npm run eval:attribution`: Dossier's attribution stage on PolNeAR, scored as ../shared/README.md states.
 *
 * For each article of a split, takes its lexicographically first `.ann` file, runs `dossier analyze --input-jsonl -
 * --plain` through the CLI (one JSONL line per article), and scores the speaker mention (source), cue and content
 * spans: exact after trimming white space, quotation marks and `,.;:`, and lenient on any overlap; micro P/R/F1 per
 * role, beside the published anchors. A quote its cue splits is scored as one content span, PolNeAR's way (see
 * contentSpans). Also prints the articles/s of the whole analyze stage on the split's texts.
 *
 *   npm run eval:attribution [-- --split dev|train|test] [--floor-exact 70,75,60] [--json] [--errors N]
 *     [--boundaries N]
 *
 * `--boundaries N` counts the boundary errors per role (a prediction overlapping a gold span but not matching it;
 * lib/boundary-classes.ts), with N examples of each class.
 */

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { analyzeText } from "../src/pipeline/analyze-article.ts";
import { loadPolnear, POLNEAR, type PolnearArticle } from "./lib/attribution-data.ts";
import { classify, countClasses } from "./lib/boundary-classes.ts";
import { ROLES, type Role, roleSpans } from "./lib/brat.ts";
import {
  type DocSpans,
  type Extent,
  type RoleScore,
  type SpanMismatch,
  scoreRole,
} from "./lib/span-score.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DATA = POLNEAR;

/** Published exact F1 (source, cue, content); PolNeAR test unless said otherwise. */
const ANCHORS: readonly [string, number, number, number][] = [
  ["CofeNet (BERT, 2022)", 83.2, 75.3, 72.9],
  ["BERT+CRF", 82.2, 74.9, 71.0],
  ["feature CRF", 50.6, 53.4, 28.6],
  ["BBC Citron (PARC 3.0)", 82.0, 82.3, 59.3],
];

interface Options {
  readonly split: string;
  readonly floor: readonly number[] | null;
  readonly json: boolean;
  readonly errors: number;
  readonly boundaries: number;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const split = value("--split") ?? "test";
  if (!["train", "dev", "test"].includes(split)) throw new Error("--split must be train, dev or test");
  const floorText = value("--floor-exact");
  const floor = floorText === undefined ? null : floorText.split(",").map(Number);
  if (floor !== null && (floor.length !== 3 || floor.some((f) => !Number.isFinite(f))))
    throw new Error("--floor-exact needs three numbers: source,cue,content (exact F1, 0-100)");
  const errors = Number(value("--errors") ?? 0);
  if (!Number.isInteger(errors) || errors < 0) throw new Error("--errors needs a count");
  const boundaries = argv.includes("--boundaries") ? Number(value("--boundaries") ?? 0) : -1;
  if (!Number.isInteger(boundaries)) throw new Error("--boundaries needs a count");
  return { split, floor, json: argv.includes("--json"), errors, boundaries };
}

type Article = PolnearArticle;

interface CliStatement {
  readonly speaker: { readonly start: number; readonly end: number } | null;
  readonly cue: Extent;
  readonly content: Extent;
}

interface Run {
  readonly predicted: ReadonlyMap<string, Record<Role, Extent[]>>;
  readonly seconds: number;
}

/**
 * The content spans as PolNeAR writes them. A quote the cue splits (“A,” X said, “B.”) is two statements in Dossier
 * (same cue, one content before it, one after) and one discontinuous content span in PolNeAR, which brat.ts reads
 * as its outer extent; the two contents are scored as that outer extent too. Every other content is scored as is.
 */
function contentSpans(statements: readonly Pick<CliStatement, "cue" | "content">[]): Extent[] {
  const byCue = new Map<string, { cue: Extent; contents: Extent[] }>();
  for (const s of statements) {
    const key = `${s.cue.start}:${s.cue.end}`;
    const entry = byCue.get(key) ?? { cue: s.cue, contents: [] };
    entry.contents.push(s.content);
    byCue.set(key, entry);
  }
  return [...byCue.values()].flatMap(({ cue, contents }) => {
    const split = contents.some((c) => c.end <= cue.start) && contents.some((c) => c.start >= cue.end);
    if (!split) return contents;
    return [
      { start: Math.min(...contents.map((c) => c.start)), end: Math.max(...contents.map((c) => c.end)) },
    ];
  });
}

/** `dossier analyze --input-jsonl - --plain`, the contract's code path. */
function runCli(articles: readonly Article[]): Run {
  const input = articles.map((a) => JSON.stringify({ id: a.id, text: a.text })).join("\n");
  const args = ["--import", "tsx", "src/cli/entry.ts", "analyze", "--input-jsonl", "-", "--plain"];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, input: `${input}\n`, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`dossier analyze failed (exit ${r.status}): ${r.stderr?.toString()}`);
  const predicted = new Map<string, Record<Role, Extent[]>>();
  for (const line of r.stdout.toString().split("\n")) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id?: string; statements?: CliStatement[] };
    if (o.id === undefined) continue;
    const statements = o.statements ?? [];
    predicted.set(o.id, {
      source: statements.flatMap((s) =>
        s.speaker !== null && s.speaker.end > s.speaker.start ? [s.speaker] : [],
      ),
      cue: statements.map((s) => s.cue),
      content: contentSpans(statements),
    });
  }
  const missing = articles.filter((a) => !predicted.has(a.id));
  if (missing.length > 0) throw new Error(`the CLI output lacks ${missing.length} articles`);
  return { predicted, seconds };
}

type Analyze = typeof analyzeText;

/**
 * The analyze stage alone, in process (no start-up): the best of ten passes over the texts (the JIT is still
 * warming over the first five).
 */
function stageSpeed(articles: readonly Article[], analyze: Analyze): number {
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 10; pass++) {
    const t0 = performance.now();
    for (const a of articles) analyze(a.text, { published: null });
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return articles.length / best;
}

/**
 * The compiled build users run (`npm run build` → dist/, what bin/dossier.js loads), when it is newer than every
 * file of src/; null when it is missing or stale.
 */
async function compiledAnalyze(): Promise<Analyze | null> {
  const built = join(ROOT, "dist", "pipeline", "analyze-article.js");
  if (!existsSync(built)) return null;
  const src = join(ROOT, "src");
  const newest = Math.max(
    ...readdirSync(src, { recursive: true }).map((f) => statSync(join(src, String(f))).mtimeMs),
  );
  if (statSync(built).mtimeMs < newest) return null;
  const mod = (await import(pathToFileURL(built).href)) as { analyzeText: Analyze };
  return mod.analyzeText;
}

const pct = (x: number): string => (100 * x).toFixed(1);

function table(scores: Record<Role, RoleScore>, split: string): string[] {
  const row = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(22) : c.padStart(7))).join(" | ")} |`;
  const rule = `|${"-".repeat(24)}|${"---------|".repeat(3)}`;
  const lines = [
    `Exact F1 (${split}; anchors are published PolNeAR test figures)`,
    row(["system", "source", "cue", "content"]),
    rule,
    ...ANCHORS.map(([n, s, c, t]) => row([n, s.toFixed(1), c.toFixed(1), t.toFixed(1)])),
    row(["Dossier", ...ROLES.map((r) => pct(scores[r].exact.f1))]),
    "",
    "Dossier in detail",
    `| ${"role".padEnd(8)} | gold  | pred  | exact P | exact R | exact F1 | len. P | len. R | len. F1 |`,
    "|----------|-------|-------|---------|---------|----------|--------|--------|---------|",
  ];
  for (const role of ROLES) {
    const s = scores[role];
    lines.push(
      `| ${role.padEnd(8)} | ${String(s.gold).padStart(5)} | ${String(s.predicted).padStart(5)} | ${pct(s.exact.precision).padStart(7)} | ${pct(s.exact.recall).padStart(7)} | ${pct(s.exact.f1).padStart(8)} | ${pct(s.lenient.precision).padStart(6)} | ${pct(s.lenient.recall).padStart(6)} | ${pct(s.lenient.f1).padStart(7)} |`,
    );
  }
  return lines;
}

function show(text: string, span: Extent | null): string {
  if (span === null) return "-";
  return `"${text.slice(span.start, span.end).replace(/\s+/g, " ").slice(0, 160)}"`;
}

function printErrors(
  role: Role,
  mismatches: readonly SpanMismatch[],
  texts: ReadonlyMap<string, string>,
  n: number,
): void {
  console.log(`\n${role}: first ${n} of ${mismatches.length} mismatches`);
  for (const m of mismatches.slice(0, n)) {
    const text = texts.get(m.doc) ?? "";
    const left = text.slice(Math.max(0, m.span.start - 50), m.span.start).replace(/\s+/g, " ");
    console.log(
      `${m.kind.padEnd(8)} ${m.doc}: ${show(text, m.span)} | ${m.kind === "missed" ? "got" : "gold"} ${show(text, m.partner)}`,
    );
    console.log(`    …${left}[${text.slice(m.span.start, m.span.end).replace(/\s+/g, " ").slice(0, 120)}]`);
  }
}

function printBoundaries(
  role: Role,
  mismatches: readonly SpanMismatch[],
  texts: ReadonlyMap<string, string>,
  n: number,
): void {
  const pairs = mismatches.flatMap((m) =>
    m.kind === "spurious" && m.partner !== null
      ? [{ doc: m.doc, text: texts.get(m.doc) ?? "", gold: m.partner, predicted: m.span }]
      : [],
  );
  console.log(`\n${role}: ${pairs.length} boundary errors (prediction overlaps gold, not exact)`);
  for (const [cls, count] of countClasses(pairs, role)) {
    console.log(`  ${String(count).padStart(4)}  ${cls}`);
    for (const p of pairs.filter((x) => classify(x, role).includes(cls)).slice(0, n))
      console.log(`          gold ${show(p.text, p.gold)}\n          got  ${show(p.text, p.predicted)}`);
  }
}

async function main(): Promise<number> {
  if (!existsSync(DATA)) {
    console.log("../shared/data/polnear not found: attribution evaluation skipped");
    return 0;
  }
  const options = parseArgs(process.argv.slice(2));
  const articles = loadPolnear(options.split);
  const run = runCli(articles);
  const compiled = await compiledAnalyze();
  const perSecond = stageSpeed(articles, compiled ?? analyzeText);
  const scores = {} as Record<Role, RoleScore>;
  const mismatches = {} as Record<Role, SpanMismatch[]>;
  for (const role of ROLES) {
    const docs: DocSpans[] = articles.map((a) => ({
      id: a.id,
      text: a.text,
      gold: roleSpans(a.gold, role),
      predicted: run.predicted.get(a.id)?.[role] ?? [],
    }));
    const r = scoreRole(docs);
    scores[role] = r.score;
    mismatches[role] = r.mismatches;
  }
  const speed = {
    articles: articles.length,
    cliSeconds: run.seconds,
    cliArticlesPerSecond: articles.length / run.seconds,
    stageArticlesPerSecond: perSecond,
    stageCode: compiled === null ? "src through tsx: no fresh build" : "the compiled build in dist/",
  };
  if (options.json) {
    console.log(JSON.stringify({ split: options.split, scores, speed }, null, 2));
  } else {
    console.log(
      `PolNeAR ${options.split}: ${articles.length} articles, first annotator file each; ${relative(ROOT, DATA)}`,
    );
    console.log("Dossier run via: dossier analyze --input-jsonl - --plain (CLI)\n");
    for (const line of table(scores, options.split)) console.log(line);
    console.log(
      `\nSpeed: analyze stage ${perSecond.toFixed(0)} articles/s in process (one core, ${speed.stageCode});` +
        ` CLI ${speed.cliArticlesPerSecond.toFixed(1)} articles/s wall clock including start-up (${run.seconds.toFixed(1)} s)`,
    );
  }
  if (options.errors > 0) {
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    for (const role of ROLES) printErrors(role, mismatches[role], texts, options.errors);
  }
  if (options.boundaries >= 0) {
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    for (const role of ROLES) printBoundaries(role, mismatches[role], texts, options.boundaries);
  }
  if (options.floor !== null) {
    const below = ROLES.filter((r, i) => 100 * scores[r].exact.f1 < (options.floor?.[i] ?? 0));
    if (below.length > 0) {
      console.error(`exact F1 below the floor for: ${below.join(", ")}`);
      return 1;
    }
  }
  return 0;
}

process.exitCode = await main();
