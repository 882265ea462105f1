/** @module Tests for feed-reader.ts. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { readFeed } from "./feed-reader.ts";

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

test("RSS 2.0: content:encoded as text, pubDate, guid, dc:creator, channel title as outlet", () => {
  const results = readFeed(fixture("feed.rss"), "feed.rss");
  assert.equal(results.length, 3);
  const [first, second, third] = results;
  assert.ok(first?.ok && second?.ok);
  assert.equal(first.doc.source, "feed.rss#1");
  assert.equal(first.doc.title, "Tram fares to stay frozen & routes to expand");
  assert.equal(
    first.doc.body,
    "Transit chief Oren Wilde said fares would not rise this year.\n\nTwo new routes open in July.",
  );
  assert.deepEqual([first.doc.published, first.doc.publishedFrom], ["2031-06-01", "meta"]);
  assert.equal(first.doc.givenId, "vg-1001");
  assert.equal(first.doc.author, "Petra Okafor");
  assert.equal(first.doc.outlet, "Valley Gazette");
  assert.equal(first.doc.format, "rss");
  assert.equal(second.doc.body, "A family bakery in Dunmere won the regional bread prize.");
  assert.equal(second.doc.published, null);
  assert.deepEqual(third, {
    ok: false,
    source: "feed.rss#3",
    error: "feed item 3 has a title but no text (only a link to the page)",
  });
});

test("Atom: alternate link, published over updated, HTML title and content", () => {
  const results = readFeed(fixture("feed.atom"), "feed.atom");
  const [first, second] = results;
  assert.ok(first?.ok && second?.ok);
  assert.equal(first.doc.title, "Lighthouse restored");
  assert.equal(first.doc.url, "https://northshore.example.test/news/lighthouse-restored");
  assert.equal(first.doc.published, "2031-07-08");
  assert.equal(first.doc.author, "Jonas Reyes");
  assert.equal(first.doc.givenId, "urn:example:northshore:77");
  assert.equal(first.doc.lang, "en");
  assert.equal(first.doc.format, "atom");
  assert.equal(second.doc.body, "Ferries will run late on Friday.");
});

test("a malformed feed is one error naming the line; other XML is not a feed", () => {
  const results = readFeed(fixture("malformed.rss"), "bad.rss");
  assert.equal(results.length, 1);
  assert.equal(results[0]?.ok, false);
  assert.match(results[0]?.ok === false ? results[0].error : "", /^malformed feed: .+ at line 7$/);
  assert.deepEqual(readFeed("<?xml version='1.0'?><catalog><book/></catalog>", "c.xml"), [
    { ok: false, source: "c.xml", error: "not an RSS or Atom feed (root element <catalog>)" },
  ]);
});

test("RSS 1.0 (RDF) items are read too", () => {
  const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Hill Weekly</title></channel>
<item><title>Snow closes pass</title><link>https://hill.example.test/snow</link><dc:date>2031-01-04</dc:date><description>The mountain pass closed overnight.</description></item></rdf:RDF>`;
  const [item] = readFeed(rdf, "hill.rdf");
  assert.ok(item?.ok);
  assert.deepEqual(
    [item.doc.outlet, item.doc.published, item.doc.body],
    ["Hill Weekly", "2031-01-04", "The mountain pass closed overnight."],
  );
});
