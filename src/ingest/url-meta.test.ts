/** @module Tests for url-meta.ts. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { dateFromUrl, hostOf, knownOutlet, outletFromUrl } from "./url-meta.ts";

test("dates in common CMS path shapes", () => {
  assert.equal(dateFromUrl("https://paper.example.test/world/2031/07/25/talks-resume/"), "2031-07-25");
  assert.equal(
    dateFromUrl("https://agency.example.test/20310829/leaders-meet-1122683647.html"),
    "2031-08-29",
  );
  assert.equal(dateFromUrl("https://site.example.test/news/2031-08-29/summit"), "2031-08-29");
  assert.equal(dateFromUrl("https://site.example.test/news/summit-2031-08-29.html"), "2031-08-29");
});

test("impossible dates and long numeric ids are not dates", () => {
  assert.equal(dateFromUrl("https://site.example.test/2031/02/30/slug"), null);
  assert.equal(dateFromUrl("https://site.example.test/story-1122683647.html"), null);
  assert.equal(dateFromUrl("https://site.example.test/2031/07/"), null);
  assert.equal(dateFromUrl("not a url"), null);
});

test("outlet from the gazetteer, subdomains included; unknown hosts by name", () => {
  assert.equal(outletFromUrl("https://www.reuters.com/world/x"), "Reuters");
  assert.equal(outletFromUrl("https://edition.cnn.com/2031/01/01/x"), "CNN");
  assert.equal(outletFromUrl("https://www.hindustantimes.com/world-news/x"), "Hindustan Times");
  assert.equal(knownOutlet("https://www.unknown-daily.test/x"), null);
  assert.equal(outletFromUrl("https://www.unknown-daily.test/x"), "unknown-daily.test");
  assert.equal(hostOf("ftp://files.example.test/x"), null);
});
