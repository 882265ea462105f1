import assert from "node:assert/strict";
import { test } from "node:test";
import { sha256Hex, shortId } from "../core/hash.ts";
import type { RawDoc } from "../core/records.ts";
import { articleHash, cleanDocument } from "./index.ts";

const TITLE = "Port Alden ferry to resume service – Mayor Velin";
const LEDE =
  "The Port Alden ferry will resume service on Monday after a three-week engine repair, Mayor Mara Velin said.";
const CAPTION = "Mayor Mara Velin speaks on the pier.(File Photo)";

const BODY = [
  "Sat, Mar 08, 2025",
  "ByHarbor News Desk",
  "Updated on: Mar 08, 2025 09:15 am CET",
  "",
  TITLE,
  "",
  LEDE,
  "",
  "PostImage",
  "",
  TITLE,
  "",
  LEDE,
  "",
  CAPTION,
  CAPTION,
  "",
  'Velin said the engines were tested on Friday.The crew passed every check, she added."We are ready."',
  "",
  "Also Read | Council approves new harbor budget",
  "",
  "What passengers should know",
  "",
  "Tickets go on sale on Friday at the U.S. Consulate kiosk and at 9 a.m. on the pier, e.g. at gate 2.",
  "Readers left comments praising the crew, and many asked to read more about the repairs.",
  "",
  "Advertisement",
  "Sign up for our newsletter",
  "",
  "References:",
  "[1] https://harbor-ledger.example/2025/03/08/ferry",
  "Comments",
  "No comments yet",
].join("\n");

function rawDoc(overrides: Partial<RawDoc> = {}): RawDoc {
  return {
    source: "fixtures/ferry.txt",
    format: "text",
    title: TITLE,
    outlet: "Harbor Ledger",
    url: "https://harbor-ledger.example/ferry",
    published: null,
    publishedFrom: null,
    author: null,
    lang: "en",
    body: BODY,
    removed: [{ text: "date 2025-03-08", rule: "header-date", reason: "header line" }],
    givenId: null,
    ...overrides,
  };
}

test("cleanDocument keeps the article text only, in paragraphs", () => {
  const article = cleanDocument(rawDoc());
  assert.equal(
    article.text,
    [
      LEDE,
      'Velin said the engines were tested on Friday. The crew passed every check, she added. "We are ready."',
      "What passengers should know",
      "Tickets go on sale on Friday at the U.S. Consulate kiosk and at 9 a.m. on the pier, e.g. at gate 2.",
      "Readers left comments praising the crew, and many asked to read more about the repairs.",
    ].join("\n\n"),
  );
  assert.ok(!/ \n|\n{3}/.test(article.text), "no trailing spaces, exactly one blank line between paragraphs");
});

test("cleanDocument records every removal after the reader's own", () => {
  const article = cleanDocument(rawDoc());
  assert.deepEqual(
    article.removed.map((removal) => removal.rule),
    [
      "header-date",
      "date-line",
      "byline",
      "update-stamp",
      "repeated-title",
      "image-placeholder",
      "repeated-title",
      "repeated-block",
      "caption",
      "caption",
      "teaser",
      "advertisement",
      "subscribe",
      "reference-list",
      "reference-list",
      "comments-widget",
      "comments-widget",
    ],
  );
  assert.ok(article.removed.every((removal) => removal.reason.length > 0 && removal.text.length > 0));
});

test("cleanDocument completes missing metadata from the body", () => {
  const article = cleanDocument(rawDoc());
  assert.equal(article.author, "Harbor News Desk");
  assert.equal(article.published, "2025-03-08");
  assert.equal(article.publishedFrom, "text");
  assert.equal(article.outlet, "Harbor Ledger");
  assert.equal(article.source, "fixtures/ferry.txt");
});

test("cleanDocument never overrides metadata the reader found", () => {
  const article = cleanDocument(
    rawDoc({ published: "2025-03-07", publishedFrom: "meta", author: "Ilse Marr" }),
  );
  assert.equal(article.published, "2025-03-07");
  assert.equal(article.publishedFrom, "meta");
  assert.equal(article.author, "Ilse Marr");
  assert.ok(
    article.removed.some((removal) => removal.rule === "byline"),
    "the byline line still leaves the text",
  );
});

test("cleanDocument leaves published null when the body has no date", () => {
  const article = cleanDocument(rawDoc({ body: LEDE }));
  assert.equal(article.published, null);
  assert.equal(article.publishedFrom, null);
  assert.equal(article.author, null);
});

test("content hash and id follow the cleaned text and title only", () => {
  const article = cleanDocument(rawDoc());
  assert.equal(article.contentHash, articleHash(TITLE, article.text));
  assert.equal(article.id, shortId("a", article.contentHash));
  const sameText = cleanDocument(rawDoc({ source: "other.txt", body: `${BODY}\n\nShare` }));
  assert.equal(sameText.contentHash, article.contentHash, "boilerplate does not change the hash");
  const otherTitle = cleanDocument(rawDoc({ title: "Ferry back" }));
  assert.notEqual(otherTitle.contentHash, article.contentHash);
  assert.equal(articleHash(null, "a  b"), sha256Hex("\na b"));
});
