/** @module Tests for html-body.ts: which container is the article, and what inside it is furniture. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import iconv from "iconv-lite";
import { readDocument } from "./document-reader.ts";
import { parseHtml } from "./dom-helpers.ts";
import { extractArticleBody } from "./html-body.ts";
import { readHtml } from "./html-reader.ts";

const fixture = (name: string): string =>
  readFileSync(new URL(`./html-fixtures/${name}`, import.meta.url), "utf8");

test("div + br bodies: each run between <br><br> is a paragraph; menus and link rows are left out", () => {
  const { body } = readHtml(fixture("div-br-body.html"), "div-br.html");
  const lines = body.split(/\n+/);
  assert.equal(lines.length, 3);
  assert.ok(lines[0]?.startsWith("Work crews finished"));
  assert.ok(lines[2]?.startsWith("Residents had asked"));
  assert.ok(!body.includes("Older story"));
  assert.ok(!body.includes("Home"));
});

test("inside the article: related links, card lists, comments, captions and the byline class are dropped", () => {
  const { body } = readHtml(fixture("teasers-inside.html"), "teasers.html");
  const paragraphs = body.split("\n\n");
  assert.deepEqual(
    paragraphs.map((p) => p.slice(0, 20)),
    ["The valley's orchard", "A warm spring and st", "The association expe"],
  );
  for (const junk of [
    "Cider makers",
    "Pear growers",
    "Great news",
    "Pickers at work",
    "Most read",
    "By Mara",
  ])
    assert.ok(!body.includes(junk), junk);
});

test("a page that is not an article says so and returns what there is instead of inventing a body", () => {
  const result = extractArticleBody(parseHtml(fixture("not-article.html")));
  assert.equal(result.probablyArticle, false);
  const article = extractArticleBody(parseHtml(fixture("teasers-inside.html")));
  assert.equal(article.probablyArticle, true);
});

test("a furniture-looking class on a wrapper that holds the headline does not hide the article", () => {
  const prose = "The bridge will close for repairs next month, the county said in a statement on Tuesday. ";
  const html = `<body><div class="page-ad-margins with-sidebar"><h1>Bridge to close</h1><div class="text">
    <p>${prose}</p><p>${prose}</p><p>${prose}</p></div></div><div class="sidebar"><p>${prose.replace("bridge", "road")}</p></div></body>`;
  const body = readHtml(html, "w.html").body;
  assert.equal(body.split("\n\n").length, 3);
  assert.ok(!body.includes("road"));
});

test("an article cut into chunks with the same class is read whole, the promo between them left out", () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the report explains, at some length, what the inspectors found in the old mill building.</p>`;
  const html = `<body><main><div class="chunk body">${para(1)}${para(2)}${para(3)}</div>
    <div class="promo-box"><a href="/s">Subscribe now for full access to every story we publish</a></div>
    <div class="chunk body">${para(4)}${para(5)}${para(6)}</div></main></body>`;
  const body = readHtml(html, "c.html").body;
  assert.deepEqual(
    body.split("\n\n").map((p) => p.split(" ")[1]),
    ["1", "2", "3", "4", "5", "6"],
  );
});

test("deeply nested markup (20,000 levels) is read without overflowing the stack", () => {
  const depth = 20_000;
  const prose =
    "Deep inside the markup sits the only paragraph of this page, long enough to be article prose. ";
  const html = `<body>${"<div>".repeat(depth)}<p>${prose.repeat(3)}</p>${"</div>".repeat(depth)}</body>`;
  assert.ok(readHtml(html, "deep.html").body.startsWith("Deep inside the markup"));
});

test("a 10 MB page is read in reasonable time", () => {
  const item = `<div class="row"><p>Line of a very long page, with commas, clauses, and words enough to count as prose here.</p></div>`;
  const html = `<html><body><article>${item.repeat(Math.ceil(10_000_000 / item.length))}</article></body></html>`;
  const start = Date.now();
  const doc = readHtml(html, "big.html");
  assert.ok(doc.body.length > 5_000_000);
  assert.ok(Date.now() - start < 20_000, `took ${Date.now() - start} ms`);
});

test("windows-1251 and KOI8-R pages declared in <meta> come out as correct Cyrillic text", () => {
  const text = "Москва, 5 марта. Правительство объявило новые меры поддержки, сообщили в пресс-службе.";
  for (const charset of ["windows-1251", "koi8-r"]) {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>Новости</title></head><body><article><p>${text}</p><p>${text}</p><p>${text}</p></article></body></html>`;
    const [result] = readDocument(iconv.encode(html, charset), `page-${charset}.html`, "html");
    assert.ok(result?.ok, charset);
    if (result?.ok) {
      assert.equal(result.doc.title, "Новости");
      assert.equal(result.doc.body.split("\n\n")[0], text);
    }
  }
});
