/**
 * @module Ingest benchmark: N generated articles (default 10,000) through the whole ingest — read, clean, analyse,
 * store, duplicates, stories, stances — into a fresh SQLite file, in chunks as a user adding files over time would.
 * Prints articles/s and resident memory after each chunk and the peak, so flat memory can be seen.
 * Baseline in the same run: the per-article stages alone (read, clean, analyse; no store, no corpus stages) over the
 * first chunk, printed as a ratio.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bcubed } from "../eval/lib/dossier-score.ts";
import { cleanDocument } from "../src/clean/index.ts";
import { readInputs } from "../src/ingest/index.ts";
import { analyzeText } from "../src/pipeline/analyze-article.ts";
import { dateArticle } from "../src/pipeline/date-article.ts";
import { ingestPaths } from "../src/pipeline/ingest-run.ts";
import { SqliteStore } from "../src/store/sqlite-store.ts";
import { generateCorpus } from "./generate-corpus.ts";

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const total = arg("--articles", 10_000);
const chunks = arg("--chunks", 10);
const dir = mkdtempSync(join(tmpdir(), "dossier-bench-"));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const generated = [...generateCorpus(total)];
const lines = generated.map((g) => g.line);
const goldStory = new Map(generated.map((g) => [g.line.id, String(g.story)]));
generated.length = 0;
const perChunk = Math.ceil(lines.length / chunks);
const files: string[] = [];
for (let c = 0; c < chunks; c++) {
  const file = join(dir, `chunk-${c}.jsonl`);
  writeFileSync(
    file,
    `${lines
      .slice(c * perChunk, (c + 1) * perChunk)
      .map((l) => JSON.stringify(l))
      .join("\n")}\n`,
  );
  files.push(file);
}
lines.length = 0;

const store = SqliteStore.open(join(dir, "bench.db"));
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
const started = performance.now();
console.log(`ingesting ${total} generated articles in ${chunks} chunks`);
for (const [c, file] of files.entries()) {
  const t0 = performance.now();
  const summary = await ingestPaths([file], store, {});
  const seconds = (performance.now() - t0) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  const rss = process.memoryUsage().rss;
  // What stays alive between ingests (run with --expose-gc, as `npm run bench:corpus` does): flat when nothing
  // held grows with the corpus; resident memory also carries what the collector has not returned yet.
  globalThis.gc?.();
  const live = globalThis.gc ? `, live heap ${mb(process.memoryUsage().heapUsed)}` : "";
  console.log(
    `chunk ${c + 1}/${chunks}: +${summary.added} → ${summary.articles} articles, ${summary.stories} stories, ` +
      `${(summary.read / seconds).toFixed(0)} articles/s, rss ${mb(rss)}${live}`,
  );
}
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
const systemStory = new Map(
  (await store.listArticles()).flatMap((a) =>
    a.givenId && a.storyId ? [[a.givenId, a.storyId] as const] : [],
  ),
);
const stories = bcubed(systemStory, goldStory);
console.log(
  `stories against the generated ones (${new Set(goldStory.values()).size}): BCubed precision ` +
    `${stories.precision.toFixed(3)}, recall ${stories.recall.toFixed(3)}, F1 ${stories.f1.toFixed(3)}`,
);
console.log(
  `total: ${total} articles in ${seconds.toFixed(1)} s = ${(total / seconds).toFixed(0)} articles/s; peak rss ${mb(peak)}`,
);
await store.close();

// Baseline in the same process: the per-article stages alone (read, clean, date, analyse; no store, no corpus
// stages) over the first chunk's file, so the cost of storing and of the corpus stages shows as a ratio.
const baseStart = performance.now();
let baseCount = 0;
for await (const result of readInputs([files[0] ?? ""], {})) {
  if (!result.ok) continue;
  const article = dateArticle(cleanDocument(result.doc));
  analyzeText(article.text, { published: article.published });
  baseCount++;
}
const baseRate = baseCount / ((performance.now() - baseStart) / 1000);
console.log(
  `baseline (read + clean + analyse only, first chunk): ${baseRate.toFixed(0)} articles/s; ` +
    `the whole ingest runs at ${((total / seconds / baseRate) * 100).toFixed(0)}% of it`,
);
rmSync(dir, { recursive: true, force: true });
