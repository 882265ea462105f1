/**
 * @module `npm run eval:time`: Dossier's time stage on TempEval-3 platinum, scored as ../shared/README.md states.
 *
 * Strips each TimeML document to plain text, passes its DCT as `published`, runs `dossier analyze --plain` through
 * the CLI (falling back to `extractTimexes` in process when the CLI does not run, and saying so), and prints strict
 * and relaxed extent F1, value F1 and type accuracy beside the published anchors, plus chrono-node alone.
 *
 *   npm run eval:time [-- --floor 78] [--json] [--errors]
 */

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { extractTimexes } from "../src/time/index.ts";
import { parseTimeml, type TimemlDoc } from "./lib/timeml.ts";
import { type DocPair, type ScoredSpan, scoreTimexes, type TimexScore } from "./lib/timex-score.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DATA = join(ROOT, "..", "shared", "data", "te3-platinum");

/** Published TE3 platinum results (UzZaman et al. 2013, task A) and chrono alone as the issue measured it. */
const ANCHORS: readonly [string, number, number, number][] = [
  ["HeidelTime", 90.3, 81.34, 77.61],
  ["NavyTime", 90.32, 79.57, 70.97],
  ["SUTime", 90.32, 79.57, 67.38],
];

interface Options {
  readonly floor: number | null;
  readonly json: boolean;
  readonly errors: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const at = argv.indexOf("--floor");
  const floor = at >= 0 ? Number(argv[at + 1]) : null;
  if (floor !== null && !Number.isFinite(floor)) throw new Error("--floor needs a number (value F1, 0-100)");
  return { floor, json: argv.includes("--json"), errors: argv.includes("--errors") };
}

function loadDocs(): TimemlDoc[] {
  return readdirSync(DATA)
    .filter((f) => f.endsWith(".tml"))
    .sort()
    .map((f) => parseTimeml(readFileSync(join(DATA, f), "utf8"), f.replace(/\.tml$/, "")));
}

interface Run {
  readonly via: string;
  readonly predicted: ReadonlyMap<string, ScoredSpan[]>;
}

/** `dossier analyze --input-jsonl - --plain`, the contract's code path; null with a reason when it does not run. */
function runCli(docs: readonly TimemlDoc[]): Run | string {
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, published: d.dct })).join("\n");
  const args = ["--import", "tsx", "src/cli/entry.ts", "analyze", "--input-jsonl", "-", "--plain"];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, input: `${input}\n`, maxBuffer: 1 << 28 });
  if (r.status !== 0) {
    const why = (r.stderr?.toString() ?? "").split("\n").find((l) => /error/i.test(l)) ?? `exit ${r.status}`;
    return why.trim();
  }
  const predicted = new Map<string, ScoredSpan[]>();
  for (const line of r.stdout.toString().split("\n")) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id?: string; timexes?: ScoredSpan[] };
    if (o.id !== undefined) predicted.set(o.id, (o.timexes ?? []).map(toScored));
  }
  if (docs.some((d) => !predicted.has(d.id))) return "the CLI output lacks some documents";
  return { via: "dossier analyze --input-jsonl - --plain (CLI)", predicted };
}

function runInProcess(docs: readonly TimemlDoc[], reason: string): Run {
  const predicted = new Map(
    docs.map((d) => [d.id, extractTimexes(d.text, { published: d.dct }).map(toScored)] as const),
  );
  return { via: `extractTimexes in process (CLI not usable: ${reason})`, predicted };
}

function toScored(t: ScoredSpan): ScoredSpan {
  return { start: t.start, end: t.end, text: t.text, type: t.type, value: t.value };
}

/** chrono-node alone: every result a DATE (TIME with a certain hour), valued at the precision chrono is certain of. */
function runChrono(doc: TimemlDoc): ScoredSpan[] {
  const [y = 2000, m = 1, d = 1] = (doc.dct ?? "2000-01-01").split("-").map(Number);
  const instant = new Date(Date.UTC(y, m - 1, d, 12));
  return chrono.parse(doc.text, { instant, timezone: 0 }).map((r) => {
    const s = r.start;
    const pad = (n: number | null, w = 2) => String(n ?? 0).padStart(w, "0");
    const ymd = `${pad(s.get("year"), 4)}-${pad(s.get("month"))}-${pad(s.get("day"))}`;
    let value = ymd;
    let type = "DATE";
    if (s.isCertain("hour")) [value, type] = [`${ymd}T${pad(s.get("hour"))}:${pad(s.get("minute"))}`, "TIME"];
    else if (s.isCertain("day") || s.isCertain("weekday")) value = ymd;
    else if (s.isCertain("month")) value = ymd.slice(0, 7);
    else if (s.isCertain("year")) value = ymd.slice(0, 4);
    return { start: r.index, end: r.index + r.text.length, text: r.text, type, value };
  });
}

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);

function table(dossier: TimexScore, alone: TimexScore, via: string, documents: number): string {
  const row = (name: string, relaxed: string, strict: string, value: string, type: string) =>
    `| ${name.padEnd(20)} | ${relaxed.padStart(10)} | ${strict.padStart(9)} | ${value.padStart(8)} | ${type.padStart(8)} |`;
  const scored = (name: string, s: TimexScore) =>
    row(name, pct(s.relaxed.f1), pct(s.strict.f1), pct(s.value.f1), pct(s.typeAccuracy));
  return [
    `TempEval-3 platinum: ${dossier.gold} gold timexes in ${documents} documents (DCT excluded); ${relative(ROOT, DATA)}`,
    `Dossier run via: ${via}`,
    "",
    row("system", "relaxed F1", "strict F1", "value F1", "type acc"),
    `|${"-".repeat(22)}|${"-".repeat(12)}|${"-".repeat(11)}|${"-".repeat(10)}|${"-".repeat(10)}|`,
    ...ANCHORS.map(([n, r, s, v]) => row(n, r.toFixed(2), s.toFixed(2), v.toFixed(2), "")),
    scored("chrono-node alone", alone),
    scored("Dossier", dossier),
    "",
    `Dossier: ${dossier.predicted} predicted; relaxed P ${pct(dossier.relaxed.precision)} R ${pct(dossier.relaxed.recall)};` +
      ` value P ${pct(dossier.value.precision)} R ${pct(dossier.value.recall)}`,
  ].join("\n");
}

function describe(s: ScoredSpan | null): string {
  return s ? `"${s.text.replace(/\s+/g, " ")}" ${s.type} ${s.value ?? "null"}` : "-";
}

function context(doc: TimemlDoc | undefined, s: ScoredSpan | null): string {
  if (!doc || !s) return "";
  const before = doc.text.slice(Math.max(0, s.start - 60), s.start).replace(/\s+/g, " ");
  const after = doc.text.slice(s.end, s.end + 40).replace(/\s+/g, " ");
  return `    …${before}[${doc.text.slice(s.start, s.end)}]${after}…`;
}

function main(): number {
  if (!existsSync(DATA)) {
    console.log("../shared/data/te3-platinum not found: time evaluation skipped");
    return 0;
  }
  const options = parseArgs(process.argv.slice(2));
  const docs = loadDocs();
  const cli = runCli(docs);
  const run = typeof cli === "string" ? runInProcess(docs, cli) : cli;
  const pairs = (predict: (d: TimemlDoc) => ScoredSpan[]): DocPair[] =>
    docs.map((d) => ({ id: d.id, gold: d.timexes, predicted: predict(d) }));
  const dossier = scoreTimexes(pairs((d) => run.predicted.get(d.id) ?? []));
  const alone = scoreTimexes(pairs(runChrono));
  if (options.json) {
    const strip = ({ mismatches: _, ...rest }: TimexScore) => rest;
    console.log(
      JSON.stringify({ via: run.via, dossier: strip(dossier), chronoAlone: strip(alone) }, null, 2),
    );
  } else {
    console.log(table(dossier, alone, run.via, docs.length));
  }
  if (options.errors) {
    const byId = new Map(docs.map((d) => [d.id, d]));
    for (const m of dossier.mismatches) {
      console.log(`${m.kind.padEnd(8)} ${m.doc}: gold ${describe(m.gold)} | got ${describe(m.predicted)}`);
      console.log(context(byId.get(m.doc), m.gold ?? m.predicted));
    }
  }
  if (options.floor !== null && 100 * dossier.value.f1 < options.floor) {
    console.error(`value F1 ${pct(dossier.value.f1).trim()} is below the floor ${options.floor}`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
