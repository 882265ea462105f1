import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { RawDoc } from "../core/records.ts";
import { cleanDocument } from "./index.ts";

/** Real pages shared with the team; read here, never copied into the project. */
const SEEDS = "/work/shared/seeds";
const available = existsSync(SEEDS);
const skip = available ? false : `no seeds at ${SEEDS}`;

/** Naive reading (the real text reader lives in src/ingest): title = first line not a " date" header. */
function readSeed(file: string): RawDoc {
  const lines = readFileSync(join(SEEDS, file), "utf8").split(/\r?\n/);
  const titleIndex = lines.findIndex((line) => line.trim() !== "" && !line.startsWith(" date"));
  return {
    source: file,
    format: "text",
    title: lines[titleIndex]?.trim() ?? null,
    outlet: null,
    url: null,
    published: null,
    publishedFrom: null,
    author: null,
    lang: null,
    body: lines.slice(titleIndex + 1).join("\n"),
    removed: [],
    givenId: null,
  };
}

const seedFiles = () =>
  readdirSync(SEEDS)
    .filter((file) => file.endsWith(".txt"))
    .sort();

test("no seed keeps page furniture", { skip }, () => {
  const files = seedFiles();
  assert.ok(files.length > 0);
  for (const file of files) {
    const { text } = cleanDocument(readSeed(file));
    for (const furniture of ["PostImage", "Also Read", "No comments yet", "Updated on"]) {
      assert.ok(!text.includes(furniture), `${file} still contains ${furniture}`);
    }
    assert.ok(text.length > 500, `${file} lost its article text`);
  }
});

test("seed 001 keeps its lede exactly once", { skip }, () => {
  const file = seedFiles().find((name) => name.startsWith("001_"));
  assert.ok(file, "seed 001 is missing");
  const doc = readSeed(file);
  // The lede is the first paragraph of the raw body; the page dump prints it twice.
  const lede =
    doc.body
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .find((block) => block !== "") ?? "";
  assert.ok(lede.length > 100);
  assert.equal(doc.body.split(lede).length - 1, 2, "the raw page repeats the lede");
  const { text } = cleanDocument(doc);
  assert.equal(text.split(lede).length - 1, 1);
});

if (!available) console.log(`seeds.test: skipped, ${SEEDS} not found`);
