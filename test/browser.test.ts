/**
 * The web UI in a real browser (Debian's /usr/bin/chromium driven by playwright-core): `dossier serve` on the
 * example corpus, clicked through story → timeline → statement → article, filtered by speaker, outlets compared;
 * and, when ../shared/seeds is present, the spokesman's stance on the presidents' meeting with its July turn,
 * each point opening its sentence. Screenshots go to artifacts/screenshots/ (looked at, not compared).
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { ingestPaths } from "../src/pipeline/ingest-run.ts";
import { SqliteStore } from "../src/store/sqlite-store.ts";

const CHROMIUM = "/usr/bin/chromium";
const SEEDS = fileURLToPath(new URL("../../shared/seeds/", import.meta.url));
const SHOTS = fileURLToPath(new URL("../artifacts/screenshots/", import.meta.url));
const ENTRY = fileURLToPath(new URL("../src/cli/entry.ts", import.meta.url));
const noBrowser = existsSync(CHROMIUM)
  ? false
  : `no browser at ${CHROMIUM}: install Debian's chromium to run this`;
const noSeeds = existsSync(SEEDS) ? false : `no seeds at ${SEEDS}: the shared folder is absent`;

const servers: ChildProcess[] = [];
let browser: Browser | undefined;

/** Ingests `paths` into a fresh database and serves it with the CLI on a free port; resolves to its URL. */
async function serveCorpus(paths: string[]): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), "dossier-browser-")), "dossier.db");
  const store = SqliteStore.open(db);
  await ingestPaths(paths, store);
  await store.close();
  const child = spawn(process.execPath, ["--import", "tsx", ENTRY, "serve", "--db", db, "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  servers.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve(url.replace(/\/$/, ""));
    });
    child.on("exit", (code) => reject(new Error(`dossier serve exited with ${code}`)));
  });
}

async function openPage(): Promise<{ page: Page; errors: string[] }> {
  if (!browser) throw new Error("browser not started");
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, errors };
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, name), fullPage: false });

before(async () => {
  if (noBrowser) return;
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-quic",
      "--disable-sync",
    ],
  });
});

after(async () => {
  await browser?.close();
  for (const child of servers) child.kill("SIGTERM");
});

test("story → timeline → statement → article, filter by speaker, compare outlets", {
  skip: noBrowser,
}, async () => {
  const base = await serveCorpus(["examples/corpus"]);
  const { page, errors } = await openPage();
  await page.goto(`${base}/`);
  await shot(page, "stories.png");
  await page.locator("table.stories a").first().click();
  await page.waitForURL(/\/stories\/st_/);
  assert.ok((await page.locator("svg.timeline .tl-mark").count()) > 10);
  assert.ok((await page.locator("figure.stance-figure").count()) > 0);
  await shot(page, "story.png");

  // a statement on the timeline → its row in the table → its sentence in the article
  const mark = page.locator("svg.timeline .statements a.tl-mark").first();
  const entry = await mark.getAttribute("data-entry");
  await mark.click();
  await page.waitForURL(new RegExp(`#entry-${entry}$`));
  const row = page.locator(`#entry-${entry}`);
  const words = (await row.locator("a.words").textContent())?.trim() ?? "";
  await row.locator("a.words").click();
  await page.waitForURL(/\/articles\/a_[^?]+\?st=s\d+#st-s\d+$/);
  const local = /#st-(s\d+)$/.exec(page.url())?.[1] ?? "";
  const marked = await page.locator(`.article-text mark.current`).allTextContents();
  assert.equal(marked.join("").replace(/\s+/g, " ").trim(), words.replace(/\s+/g, " "));
  const target = page.locator(`.article-text .sent:has(> a.anchor#st-${local})`);
  assert.equal(await target.count(), 1, "the statement's sentence is the anchor's target");
  assert.ok(await target.evaluate((el) => el.matches(".sent:has(> a.anchor:target)")));
  await shot(page, "article.png");

  // filter the statements table by speaker
  await page.goBack();
  await page.goBack();
  const select = page.locator("form.filters select[name=speaker]");
  const options = await select.locator("option").allTextContents();
  const speaker = options[1] ?? "";
  const before = await page.locator("table.entries tbody tr:visible").count();
  await select.selectOption(speaker);
  await page.waitForURL(/speaker=/);
  const speakers = await page
    .locator("table.entries tbody tr:visible")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-speaker")));
  assert.ok(speakers.length > 0 && speakers.length < before);
  assert.ok(speakers.every((s) => s === speaker));
  await page.locator("#statements").scrollIntoViewIfNeeded();
  await shot(page, "filtered-by-speaker.png");

  // the same filter without scripts: a plain GET
  const response = await page.goto(`${page.url().split("?")[0]}?speaker=${encodeURIComponent(speaker)}`);
  assert.equal(response?.status(), 200);
  assert.equal(await page.locator("table.entries tbody tr:not([hidden])").count(), speakers.length);

  // a fact carried by several outlets, side by side
  await page.goto(`${base}/`);
  await page.locator("table.stories a").first().click();
  await page.locator("a.compare").first().click();
  await page.waitForURL(/\/entries\/\d+$/);
  assert.ok((await page.locator(".version").count()) >= 2);
  await shot(page, "compare-outlets.png");
  assert.deepEqual(errors, [], "no console errors (a CSP violation would show here)");
  await page.close();
});

test("seeds: the spokesman's stance on the meeting turns in July; each point opens its sentence", {
  skip: noBrowser || noSeeds,
}, async () => {
  const base = await serveCorpus([SEEDS]);
  const { page, errors } = await openPage();
  await page.goto(`${base}/`);
  await page.locator("table.stories a").first().click();
  const chart = page.locator("figure.stance-figure", {
    has: page.locator("figcaption", {
      hasText: /Dmitry Peskov on meeting · Vladimir Putin · Volodymyr Zelensky/,
    }),
  });
  assert.equal(await chart.count(), 1);
  const places = await chart
    .locator("a.stance-point")
    .evaluateAll((as) => as.map((a) => a.getAttribute("data-place")));
  assert.ok(
    places.some((p) => p?.startsWith("2025-07")),
    `a July point among ${places.join(", ")}`,
  );
  const turns = await chart.locator("g.change text").allTextContents();
  assert.ok(
    turns.some((t) => /2025-07/.test(t)),
    `a turn in July among ${turns.join(" | ")}`,
  );
  await chart.scrollIntoViewIfNeeded();
  await shot(page, "seeds-peskov-stance.png");
  const hrefs = await chart
    .locator("a.stance-point")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const listed = await chart
    .locator("ol.stance-points a")
    .evaluateAll((as) => as.map((a) => [a.getAttribute("href") ?? "", a.textContent ?? ""] as const));
  const wordsOf = new Map(listed);
  assert.equal(hrefs.length, listed.length);
  for (const [i, href] of hrefs.entries()) {
    await page.goto(`${base}${href}`);
    const local = /#st-(s\d+)$/.exec(href)?.[1];
    const sentence =
      (await page.locator(`.article-text .sent:has(> a.anchor#st-${local})`).textContent()) ?? "";
    const said = (wordsOf.get(href) ?? "").replace(/^“|”$/g, "").slice(0, 40);
    assert.ok(
      said && sentence.replace(/\s+/g, " ").includes(said.replace(/\s+/g, " ")),
      `${href}: “${said}”`,
    );
    if (i === 0) await shot(page, "seeds-stance-sentence.png");
  }
  assert.deepEqual(errors, []);
  await page.close();
});
