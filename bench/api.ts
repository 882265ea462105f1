/**
 * API latency on a generated 100,000-article database (`npm run bench:api`), and first paint of a story with
 * 1,000 timeline entries in Chromium. The database is written through the Store directly (no analysis pipeline)
 * and cached: DOSSIER_BENCH_DB (default /tmp/dossier-bench-100k-v2.db) is reused when present. Prints figures;
 * this is a measurement, not a test. DOSSIER_BENCH_SIZE picks another corpus size.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp, SERVER_CACHE_BYTES } from "../src/server/app.ts";
import { pick, seeded } from "./api-article.ts";
import { benchDatabase } from "./api-corpus.ts";
import { measureFirstPaint } from "./first-paint.ts";

const SIZE = Number(process.env.DOSSIER_BENCH_SIZE ?? 100_000);
const PATH = process.env.DOSSIER_BENCH_DB ?? `/tmp/dossier-bench-${SIZE / 1000}k-v2.db`;
const REQUESTS = 300;
const SEARCHES = [
  "ceasefire",
  "prisoner exchange",
  "Mara Quill",
  "Castellane Varnow harbour",
  "bridge over the estuary",
  "government",
  "fishing quota",
  "Sarnhaven summit",
  "told reporters",
  "rail corridor coast",
  "water rationing",
  "phone call Tessaly",
];

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

function report(label: string, times: readonly number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1).padStart(7);
  console.log(
    `${label.padEnd(34)} n=${String(sorted.length).padStart(4)}  p50 ${f(percentile(sorted, 50))} ms  p95 ${f(
      percentile(sorted, 95),
    )} ms  p99 ${f(percentile(sorted, 99))} ms  max ${f(sorted.at(-1) ?? Number.NaN)} ms`,
  );
}

async function timeRequests(base: string, paths: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const path of paths) {
    const started = performance.now();
    const response = await fetch(`${base}${path}`);
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
  }
  return times;
}

async function main(): Promise<void> {
  console.log(`database: ${PATH} (${SIZE.toLocaleString("en")} articles)`);
  const { store, bigStoryId, generatedMs } = await benchDatabase(PATH, SIZE);
  console.log(
    generatedMs === null ? "reused the cached database" : `generated in ${(generatedMs / 1000).toFixed(1)} s`,
  );
  const stories = await store.listStorySummaries();
  console.log(
    `${(await store.countArticles()).toLocaleString("en")} articles, ${stories.length} stories, ` +
      `story sizes ${Math.min(...stories.map((s) => s.articleCount))}–${Math.max(...stories.map((s) => s.articleCount))} articles, ` +
      `${Math.min(...stories.map((s) => s.entryCount))}–${Math.max(...stories.map((s) => s.entryCount))} timeline entries`,
  );
  store.setCacheSize(SERVER_CACHE_BYTES); // as `dossier serve` does
  const app = createApp({ store, token: null });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const rand = seeded(7);
    const storyPaths = Array.from({ length: REQUESTS }, () => `/api/stories/${pick(rand, stories).id}`);
    const searchPaths = Array.from(
      { length: REQUESTS },
      (_, i) => `/api/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length] ?? "")}`,
    );
    await timeRequests(base, [...storyPaths.slice(0, 30), ...searchPaths.slice(0, 30)]); // warm-up
    console.log("\nHTTP over loopback, one request at a time, full body read:");
    report("GET /api/stories/:id (random)", await timeRequests(base, storyPaths));
    report(
      "GET /api/stories/:id (1,000 entries)",
      await timeRequests(base, Array(50).fill(`/api/stories/${bigStoryId}`)),
    );
    report("GET /api/search?q=…", await timeRequests(base, searchPaths));
    report(
      "GET /stories/:id HTML (1,000 entries)",
      await timeRequests(base, Array(20).fill(`/stories/${bigStoryId}`)),
    );

    const paint = await measureFirstPaint(`${base}/stories/${bigStoryId}`, 5);
    if (!paint) console.log("\nfirst paint: skipped, no Chromium at /usr/bin/chromium");
    else {
      const big = await store.getStory(bigStoryId);
      console.log(
        `\nChromium, story page with ${big?.timeline.length ?? "?"} timeline entries (${(paint.bytes / 1024).toFixed(0)} KiB HTML), 5 cold loads:`,
      );
      report("first-contentful-paint", paint.firstContentfulPaint);
      report("DOMContentLoaded", paint.domContentLoaded);
    }
  } finally {
    server.close();
    await store.close();
  }
}

await main();
