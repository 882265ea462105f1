/**
 * Every HTML page reachable from the story list (example corpus), crawled in process: each answers 200 with the
 * security headers, carries no inline script, event-handler attribute or inline style, and links to a JSON twin
 * that answers 200 JSON.
 */
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, test } from "node:test";
import type { Hono } from "hono";
import { ingestPaths } from "../pipeline/ingest-run.ts";
import { SqliteStore } from "../store/sqlite-store.ts";
import { createApp } from "./app.ts";

let app: Hono;
const pages = new Map<string, string>();

const decode = (href: string) =>
  href
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

before(async () => {
  const store = SqliteStore.open(join(mkdtempSync(join(tmpdir(), "dossier-pages-")), "example.db"));
  await ingestPaths(["examples/corpus"], store);
  app = createApp({ store, token: null });
  const queue = ["/", "/statements", "/search?q=ceasefire"];
  while (queue.length && pages.size < 400) {
    const path = queue.shift() as string;
    if (pages.has(path)) continue;
    const response = await app.request(path);
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get("content-security-policy") ?? "", /script-src 'self'/, path);
    const body = await response.text();
    pages.set(path, body);
    for (const m of body.matchAll(/href="(\/[^"#]*)/g)) {
      const href = decode(m[1] ?? "");
      if (/^\/(api|static)\/|^\/openapi\.json/.test(href) || href.startsWith("//")) continue;
      if (!pages.has(href)) queue.push(href);
    }
  }
});

test("the crawl reaches stories, articles, comparisons and statements", () => {
  const paths = [...pages.keys()];
  assert.ok(paths.filter((p) => p.startsWith("/stories/st_") && !p.includes("/entries/")).length >= 3);
  assert.ok(paths.filter((p) => p.startsWith("/articles/")).length >= 13);
  assert.ok(paths.some((p) => /\/entries\/\d+$/.test(p)));
});

test("no page carries inline script, event handlers or inline styles", () => {
  for (const [path, body] of pages) {
    assert.doesNotMatch(body, /<script(?![^>]*\bsrc=)[^>]*>/i, `${path}: inline script`);
    assert.doesNotMatch(body, /<[^>]+\son[a-z]+\s*=/i, `${path}: event handler attribute`);
    assert.doesNotMatch(body, /<[^>]+\sstyle\s*=/i, `${path}: inline style`);
    assert.doesNotMatch(body, /href="\s*javascript:/i, `${path}: javascript: link`);
  }
});

test("every page links to its JSON twin, which answers JSON", async () => {
  for (const [path, body] of pages) {
    const alternate = /<link rel="alternate" type="application\/json" href="([^"]+)"/.exec(body)?.[1];
    assert.ok(alternate, `${path} has a JSON twin`);
    const response = await app.request(decode(alternate));
    assert.equal(response.status, 200, `${path} → ${alternate}`);
    assert.match(response.headers.get("content-type") ?? "", /json/);
  }
});

test("statement links point at an anchor that exists on the article page", () => {
  let checked = 0;
  for (const body of pages.values()) {
    for (const m of body.matchAll(/href="\/articles\/([^"?#]+)\?st=[^"#]+#(st-[a-z0-9]+)"/g)) {
      const article = [...pages].find(([p]) => p === `/articles/${m[1]}`)?.[1];
      if (!article) continue;
      assert.ok(article.includes(`id="${m[2]}"`), `/articles/${m[1]} has #${m[2]}`);
      checked++;
    }
  }
  assert.ok(checked > 50, `${checked} statement links checked`);
});

test("unknown pages and bad parameters answer HTML errors with the status", async () => {
  const missing = await app.request("/stories/st_missing");
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /no story &quot;st_missing&quot;/);
  assert.equal((await app.request("/statements?from=yesterday")).status, 400);
  assert.equal((await app.request("/nowhere")).status, 404);
  assert.equal((await app.request("/static/../package.json")).status, 404);
});
