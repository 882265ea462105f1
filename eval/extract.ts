/**
 * @module `npm run eval:extract`: Dossier's article extraction on the Zyte article-extraction benchmark (181 pages,
 * ../shared/data/article-extraction), scored as the benchmark does, timed against @mozilla/readability + linkedom.
 *
 * Options: `--floor F1` exits 1 when F1 is below it (CI); `--json` prints one JSON object instead of the report;
 * `--passes N` timed passes per extractor (median reported, default 5); `--worst N` lists the N weakest pages;
 * `--raw` scores the reader's body before the cleaning stage (to see what each stage costs or earns).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { cleanDocument } from "../src/clean/index.ts";
import { sniffDeclaredCharset } from "../src/ingest/charset-sniff.ts";
import { decodeBytes } from "../src/ingest/decode.ts";
import { readDocument } from "../src/ingest/document-reader.ts";
import { aggregate, type PageCounts, pageCounts, type Scores } from "./lib/shingle-score.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DATA = resolve(ROOT, "../shared/data/article-extraction");

/** Published figures on the same 181 pages with the same scorer (issue 3). */
const ANCHORS: readonly [string, number, number, number][] = [
  ["Zyte AutoExtract (commercial)", 0.97, 0.984, 0.956],
  ["rs_trafilatura", 0.97, 0.951, 0.99],
  ["trafilatura 2.0 (Python)", 0.958, 0.938, 0.978],
  ["@mozilla/readability + linkedom 0.18.12", 0.949, 0.914, 0.988],
  ["readability.js + jsdom", 0.947, 0.914, 0.982],
];

interface Page {
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly truth: string;
}

interface Options {
  readonly floor: number | null;
  readonly json: boolean;
  readonly passes: number;
  readonly worst: number;
  readonly raw: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  let floor: number | null = null;
  let json = false;
  let passes = 5;
  let worst = 0;
  let raw = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v)) throw new Error(`${arg} needs a number`);
      return v;
    };
    if (arg === "--floor") floor = num();
    else if (arg === "--json") json = true;
    else if (arg === "--raw") raw = true;
    else if (arg === "--passes") passes = Math.max(1, Math.floor(num()));
    else if (arg === "--worst") worst = Math.max(0, Math.floor(num()));
    else throw new Error(`unknown option ${arg} (use --floor F1, --json, --passes N, --worst N, --raw)`);
  }
  return { floor, json, passes, worst, raw };
}

/** Every page with its ground truth, already decompressed: gunzip is file I/O, not extraction, and is not timed. */
function loadPages(): Page[] {
  const truth = JSON.parse(readFileSync(join(DATA, "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody?: string }
  >;
  const files = new Set(readdirSync(join(DATA, "html")));
  return Object.keys(truth)
    .sort()
    .filter((id) => files.has(`${id}.html.gz`))
    .map((id) => ({
      id,
      bytes: gunzipSync(readFileSync(join(DATA, "html", `${id}.html.gz`))),
      truth: truth[id]?.articleBody ?? "",
    }));
}

/** What `dossier extract` prints as `text`: the HTML reader (decode, parse, extract), then the cleaning stage. */
function dossierText(page: Page): string {
  const [result] = readDocument(page.bytes, `${page.id}.html`, "html");
  return result?.ok ? cleanDocument(result.doc).text : "";
}

function dossierRawText(page: Page): string {
  const [result] = readDocument(page.bytes, `${page.id}.html`, "html");
  return result?.ok ? result.doc.body : "";
}

/** The baseline, given the same decoded string Dossier decodes: linkedom's DOM, Readability's textContent. */
function readabilityText(page: Page): string {
  try {
    const html = decodeBytes(page.bytes, page.id, sniffDeclaredCharset(page.bytes));
    const { document } = parseHTML(html);
    return (
      new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
        ?.textContent ?? ""
    );
  } catch {
    return "";
  }
}

const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

interface Run {
  readonly texts: string[];
  readonly pagesPerSecond: number;
}

/** One untimed warm-up pass (JIT, lazy imports) that also gives the texts, then `passes` timed passes. */
function run(pages: readonly Page[], extract: (p: Page) => string, passes: number): Run {
  const texts = pages.map(extract);
  const rates: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const start = process.hrtime.bigint();
    for (const page of pages) extract(page);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(pages.length / seconds);
  }
  return { texts, pagesPerSecond: median(rates) };
}

const f3 = (x: number): string => x.toFixed(3);

function report(
  dossier: Scores,
  baseline: Scores,
  rates: { dossier: number; baseline: number },
  worst: string[],
  raw: boolean,
): string {
  const row = (name: string, f1: number, p: number, r: number, extra = ""): string =>
    `| ${name.padEnd(52)} | ${f3(f1)} | ${f3(p)}     | ${f3(r)}  |${extra}`;
  const lines = [
    `Article extraction: Zyte benchmark, ${dossier.pages} pages (${DATA})`,
    "Scoring: \\w+ Unicode tokens, 4-word shingles as multisets, P and R per page averaged over pages, F1 from the",
    "averages (the benchmark's evaluate.py). Exact match = share of pages whose predicted shingles equal the true",
    "ones (no extra and no missing shingle).",
    "",
    raw
      ? "Dossier, reader only (readHtml body before cleanDocument; --raw):"
      : "Dossier (readHtml + cleanDocument, what `dossier extract` prints as text):",
    `  precision ${f3(dossier.precision)}   recall ${f3(dossier.recall)}   F1 ${f3(dossier.f1)}   exact match ${f3(dossier.exactMatch)} (${Math.round(dossier.exactMatch * dossier.pages)}/${dossier.pages})`,
    "",
    `| ${"system".padEnd(52)} | F1    | precision | recall |`,
    `|${"-".repeat(54)}|-------|-----------|--------|`,
    row("Dossier (this run)", dossier.f1, dossier.precision, dossier.recall),
    row("readability + linkedom (this run)", baseline.f1, baseline.precision, baseline.recall),
    ...ANCHORS.map(([name, f1, p, r]) => row(`${name} (published)`, f1, p, r)),
    "",
    "Speed (decode + parse + extract from decompressed bytes, median of timed passes, one core):",
    `  Dossier                 ${rates.dossier.toFixed(1)} pages/s`,
    `  readability + linkedom  ${rates.baseline.toFixed(1)} pages/s`,
    `  ratio                   ${(rates.dossier / rates.baseline).toFixed(2)}x`,
  ];
  if (worst.length > 0) lines.push("", "Weakest pages (F1, P, R, id):", ...worst);
  return lines.join("\n");
}

function weakest(pages: readonly Page[], counts: readonly PageCounts[], n: number): string[] {
  return counts
    .map((c, i) => {
      const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
      const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
      const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
      return { f, line: `  ${f3(f)}  ${f3(p)}  ${f3(r)}  ${pages[i]?.id ?? ""}` };
    })
    .sort((a, b) => a.f - b.f)
    .slice(0, n)
    .map((x) => x.line);
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(DATA)) {
    console.log("../shared/data/article-extraction not found: extraction evaluation skipped");
    return;
  }
  const pages = loadPages();
  const ours = run(pages, options.raw ? dossierRawText : dossierText, options.passes);
  const base = run(pages, readabilityText, options.passes);
  const oursCounts = pages.map((p, i) => pageCounts(p.truth, ours.texts[i] ?? ""));
  const dossier = aggregate(oursCounts);
  const baseline = aggregate(pages.map((p, i) => pageCounts(p.truth, base.texts[i] ?? "")));
  const rates = { dossier: ours.pagesPerSecond, baseline: base.pagesPerSecond };
  if (options.json) {
    const anchors = ANCHORS.map(([name, f1, precision, recall]) => ({ name, f1, precision, recall }));
    console.log(
      JSON.stringify({
        pages: pages.length,
        dossier: { ...dossier, pagesPerSecond: rates.dossier },
        readabilityLinkedom: { ...baseline, pagesPerSecond: rates.baseline },
        speedRatio: rates.dossier / rates.baseline,
        anchors,
      }),
    );
  } else {
    console.log(report(dossier, baseline, rates, weakest(pages, oursCounts, options.worst), options.raw));
  }
  if (options.floor !== null && dossier.f1 < options.floor) {
    console.error(`F1 ${f3(dossier.f1)} is below the floor ${options.floor}`);
    process.exitCode = 1;
  }
}

main();
