/** @module Tests for html-reader.ts. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { htmlToText, readHtml } from "./html-reader.ts";

const page = readFileSync(new URL("./fixtures/page.html", import.meta.url), "utf8");

test("metadata: JSON-LD date and author, site name, canonical URL, lang", () => {
  const doc = readHtml(page, "page.html");
  assert.equal(doc.title, "Tide mill reopens after repairs");
  // JSON-LD (the 3rd) beats the URL (the 2nd).
  assert.equal(doc.published, "2031-08-03");
  assert.equal(doc.publishedFrom, "jsonld");
  assert.equal(doc.author, "Ruth Achebe");
  assert.equal(doc.outlet, "Estuary Post");
  assert.equal(doc.url, "https://www.estuarypost.example.test/2031/08/02/tide-mill-reopens");
  assert.equal(doc.lang, "en-GB");
  assert.equal(doc.format, "html");
});

test("body: article paragraphs and list items, without furniture, captions or the repeated headline", () => {
  const { body } = readHtml(page, "page.html");
  assert.deepEqual(body.split("\n\n"), [
    "The tide mill at Saltmarsh Quay turned again on Saturday after two years of repairs, its trustees said.",
    "\u201cThe wheel is original,\u201d said trustee Amos Pell. Visitors can tour the mill from Tuesday & Thursday.",
    "Open daily",
    "Entry free",
  ]);
});

test("without JSON-LD: meta date, <title> minus site suffix, URL date as last resort", () => {
  const html = (head: string): string =>
    `<html><head>${head}</head><body><div><p>${"Ferry timetables change next week, the operator said. ".repeat(4)}</p></div></body></html>`;
  const meta = readHtml(
    html(
      `<title>Ferry timetables change | Isle Times</title><meta property="article:published_time" content="2031-02-11T06:00:00Z">`,
    ),
    "a.html",
  );
  assert.equal(meta.title, "Ferry timetables change");
  assert.deepEqual([meta.published, meta.publishedFrom], ["2031-02-11", "meta"]);
  const fromUrl = readHtml(
    html(`<link rel="canonical" href="https://isle.example.test/2031/02/10/ferry">`),
    "b.html",
  );
  assert.deepEqual([fromUrl.published, fromUrl.publishedFrom], ["2031-02-10", "url"]);
  assert.equal(fromUrl.outlet, "isle.example.test");
  const none = readHtml(html("<title>Ferry</title>"), "c.html");
  assert.deepEqual([none.published, none.publishedFrom, none.url], [null, null, null]);
  assert.ok(none.body.startsWith("Ferry timetables change next week"));
});

test("the densest container wins on pages without semantic markup", () => {
  const para = "The regional library will extend its opening hours in the winter months, staff said. ";
  const html = `<body><div class="links"><p>Short link text</p></div><div id="x"><p>${para}</p><p>${para}</p></div></body>`;
  assert.equal(readHtml(html, "d.html").body, `${para.trim()}\n\n${para.trim()}`);
});

test("htmlToText: entities, blocks and line breaks, scripts dropped", () => {
  assert.equal(
    htmlToText("<p>Fish &amp; chips<br>on Friday</p><script>x()</script><blockquote>Quote</blockquote>"),
    "Fish & chips\non Friday\n\nQuote",
  );
  assert.equal(htmlToText("plain text, no tags"), "plain text, no tags");
});

test("a page that is not an article says so and keeps what text there is", () => {
  const page =
    "<html><head><title>Sign in</title></head><body><form><label>Email</label><input name=e>" +
    "<button>Sign in</button></form><p>Forgot your password?</p></body></html>";
  const doc = readHtml(page, "login.html");
  assert.equal(doc.probablyArticle, false);
  assert.match(doc.body, /Forgot your password/);
});
