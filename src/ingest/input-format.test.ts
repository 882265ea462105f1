/** @module Tests for input-format.ts. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { kindFromName, sniffKind } from "./input-format.ts";

test("extensions, with and without .gz", () => {
  assert.equal(kindFromName("a/b/story.TXT"), "text");
  assert.equal(kindFromName("page.html.gz"), "html");
  assert.equal(kindFromName("dump.ndjson"), "jsonl");
  assert.equal(kindFromName("news.atom"), "feed");
  assert.equal(kindFromName("notes"), null);
  assert.equal(kindFromName("dir.v2/notes"), null);
});

test("content sniffing", () => {
  assert.equal(sniffKind("\uFEFF<!DOCTYPE html><html>"), "html");
  assert.equal(sniffKind('<?xml version="1.0"?>\n<rss version="2.0">'), "feed");
  assert.equal(sniffKind('<feed xmlns="http://www.w3.org/2005/Atom">'), "feed");
  assert.equal(sniffKind('<?xml version="1.0"?><!DOCTYPE html><html>'), "html");
  assert.equal(sniffKind('\n{"text": "x"}\n'), "jsonl");
  assert.equal(sniffKind("Council delays vote\n\nThe council..."), "text");
});
