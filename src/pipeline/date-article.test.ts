import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanDocument } from "../clean/index.ts";
import type { RawDoc } from "../core/records.ts";
import { dateArticle } from "./date-article.ts";

function doc(body: string, published: string | null = null): RawDoc {
  return {
    source: "t.txt",
    format: "text",
    body,
    removed: [],
    givenId: null,
    title: "Ferry strike ends",
    outlet: null,
    url: null,
    published,
    publishedFrom: published ? "header" : null,
    author: null,
    lang: null,
  };
}

test("an article with its own date is left alone", () => {
  const article = cleanDocument(doc("The strike ended on Friday, the union said.", "2031-05-16"));
  assert.equal(dateArticle(article), article);
});

test("an undated article that cites a dated address gets a lower bound, not a date", () => {
  const body =
    "The strike ended, the union said.\n\nReferences:\n[1] https://news.example/2031/05/14/ferry-strike-talks.html";
  const article = dateArticle(cleanDocument(doc(body)));
  assert.equal(article.published, null);
  assert.equal(article.publishedFrom, null);
  assert.equal(article.dateEvidence?.notBefore, "2031-05-14");
});

test("an undated article with no evidence stays undated, with no evidence recorded", () => {
  const article = dateArticle(cleanDocument(doc("The strike ended, the union said.")));
  assert.equal(article.published, null);
  assert.equal(article.dateEvidence, undefined);
});
