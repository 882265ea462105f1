/**
 * Hostile articles through the real server and a real browser: titles, outlets, addresses and bodies carrying
 * <script>, <img onerror>, javascript: links and "><svg onload> are ingested over POST /api/ingest (which first
 * refuses a request without the token), then every page reachable from the story list is opened in Chromium.
 * Nothing may run: no dialog, no window.__xss, no live handler attribute or inline script in the DOM.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
const ENTRY = fileURLToPath(new URL("../src/cli/entry.ts", import.meta.url));
const TOKEN = "xss-test-token-7f3a9c";
const noBrowser = existsSync(CHROMIUM)
  ? false
  : `no browser at ${CHROMIUM}: install Debian's chromium to run this`;

const run = (tag: string) => `window.__xss='${tag}';alert('${tag}')`;
const TEXT_DUMP = [
  `<img src=x onerror="${run("outlet")}">`,
  "Published: 02.07.2025",
  `javascript:${run("url")}`,
  "",
  `<script>${run("title")}</script> Harbour talks "><svg onload=${run("svg")}> resume`,
  "",
  `Harbour minister Mara Quill said "<img src=x onerror=${run("quote")}> the ferry talks resume on Monday" after the vote in Sarnhaven.`,
  "",
  `Quill added that <a href="javascript:${run("link")}">the ferry</a> would run again "'><script>${run("inline")}</script>" by Friday.`,
  "",
  `Union leader Orla Penhallow said the strike over ferry wages in Sarnhaven was over, "><svg/onload=${run("svg2")}>.`,
].join("\n");
const HTML_PAGE = `<!doctype html><html><head><title>&lt;script&gt;${run("htmltitle")}&lt;/script&gt; Ferry talks in Sarnhaven</title>
<meta property="article:published_time" content="2025-07-03"></head><body><article><h1>&lt;img src=x onerror=${run("h1")}&gt; Ferry talks</h1>
<p>Harbour minister Mara Quill said "&lt;img src=x onerror=${run("quote")}&gt; the ferry talks resume on Monday" after the vote in Sarnhaven.</p>
<p>Union leader Orla Penhallow said the ferry strike in Sarnhaven was over, and <a href="javascript:${run("a")}">wages</a> would rise.</p>
<p>&quot;&gt;&lt;svg onload=${run("svg3")}&gt; Quill told reporters the ferries would sail on Friday.</p></article></body></html>`;
const JSONL = `${JSON.stringify({
  id: "hostile-1",
  title: `"><svg onload=${run("jsonltitle")}> Ferry talks resume in Sarnhaven`,
  outlet: `</title><script>${run("jsonloutlet")}</script>`,
  url: `javascript:${run("jsonlurl")}`,
  published: "2025-07-04",
  text: `Harbour minister Mara Quill said "<img src=x onerror=${run("quote")}> the ferry talks resume on Monday" after the vote in Sarnhaven. Orla Penhallow said the ferry strike was over.`,
})}\n`;

/** What would show that something ran or was injected, read in the page. */
const DOM_STATE = `({
  flag: window.__xss ?? null,
  inlineScripts: document.querySelectorAll("script:not([src])").length,
  handlers: document.querySelectorAll("[onerror],[onload],[onclick],[onmouseover]").length,
  jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
  injected: document.querySelectorAll('img[src="x"],svg[onload]').length,
})`;

let server: ChildProcess | undefined;
after(() => server?.kill("SIGTERM"));

async function startServer(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), "dossier-xss-")), "dossier.db");
  server = spawn(process.execPath, ["--import", "tsx", ENTRY, "serve", "--db", db, "--port", "0"], {
    env: { ...process.env, DOSSIER_TOKEN: TOKEN },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    server?.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve(url.replace(/\/$/, ""));
    });
    server?.on("exit", (code) => reject(new Error(`dossier serve exited with ${code}`)));
  });
}

test("hostile articles are shown as text on every page and nothing runs", { skip: noBrowser }, async () => {
  const base = await startServer();
  const post = (body: string, type: string, token: string | null) =>
    fetch(`${base}/api/ingest`, {
      method: "POST",
      headers: { "content-type": type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  assert.equal((await post(TEXT_DUMP, "text/plain", null)).status, 401, "no token, no ingest");
  for (const [body, type] of [
    [TEXT_DUMP, "text/plain"],
    [HTML_PAGE, "text/html"],
    [JSONL, "application/x-ndjson"],
  ] as const) {
    const response = await post(body, type, TOKEN);
    assert.equal(response.status, 200, await response.clone().text());
  }

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const queue = [`${base}/`, `${base}/statements`, `${base}/search?q=ferry`];
    const seen = new Set<string>();
    let payloadShown = 0;
    while (queue.length && seen.size < 120) {
      const url = queue.shift() as string;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await page.goto(url);
      assert.equal(response?.status(), 200, url);
      // a string, not a function: the test runner's transform would add helpers the page does not have
      const state = await page.evaluate(DOM_STATE);
      assert.deepEqual(state, { flag: null, inlineScripts: 0, handlers: 0, jsLinks: 0, injected: 0 }, url);
      if ((await page.content()).includes("&lt;script&gt;window.__xss")) payloadShown++;
      const links = await page
        .locator("a[href^='/']")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      for (const href of links) {
        if (/^\/(api|static)\/|^\/openapi\.json/.test(href)) continue;
        const next = `${base}${href.split("#")[0]}`;
        if (!seen.has(next)) queue.push(next);
      }
    }
    const article = [...seen].find((u) => u.includes("/articles/"));
    if (article) {
      await page.goto(article);
      await page.screenshot({
        path: fileURLToPath(new URL("../artifacts/screenshots/xss-article.png", import.meta.url)),
      });
    }
    assert.deepEqual(dialogs, [], "no alert, confirm or prompt opened");
    assert.ok(seen.size >= 8, `${seen.size} pages opened`);
    assert.ok(payloadShown >= 3, `the payloads are visible as text on ${payloadShown} pages`);
    assert.ok(
      [...seen].some((u) => u.includes("/articles/")) && [...seen].some((u) => u.includes("/stories/")),
    );
  } finally {
    await browser.close();
  }
});
