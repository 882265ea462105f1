/** @module Tests for index.ts. */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { type ReadResult, readInputs, readOneFile } from "./index.ts";

const FIXTURES = fileURLToPath(new URL("./fixtures", import.meta.url));
const SEEDS = "/work/shared/seeds";

async function collect(paths: readonly string[], options = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, options)) out.push(r);
  return out;
}

const summary = (r: ReadResult): string => (r.ok ? `ok ${r.doc.source}` : `error ${r.source}: ${r.error}`);

test("a folder: sorted, one result per document, one error per bad file, the rest goes on", async () => {
  const results = await collect([`${FIXTURES}/`]);
  const lines = results.map(summary).map((s) => s.replace(FIXTURES, "F"));
  const expected: (string | RegExp)[] = [
    "error F/binary.dat: binary file, not text (NUL bytes)",
    "ok F/dump-with-header.txt",
    "error F/empty.txt: empty file",
    "ok F/feed.atom#1",
    "ok F/feed.atom#2",
    "ok F/feed.rss#1",
    "ok F/feed.rss#2",
    "error F/feed.rss#3: feed item 3 has a title but no text (only a link to the page)",
    "ok F/items.jsonl#1",
    /^error F\/items\.jsonl#2: line 2 is not valid JSON \(.+\)$/,
    "ok F/items.jsonl#3",
    'error F/items.jsonl#5: line 5 has no "text" string',
    "error F/latin1.txt: invalid UTF-8 (byte 0xE9 at offset 3); convert the file to UTF-8 or declare its charset",
    /^error F\/malformed\.rss: malformed feed: .+ at line 7$/,
    "ok F/no-date.txt",
    "ok F/page.html",
  ];
  assert.equal(lines.length, expected.length, lines.join("\n"));
  expected.forEach((want, i) => {
    if (typeof want === "string") assert.equal(lines[i], want);
    else assert.match(lines[i] ?? "", want);
  });
});

test("gzip files are read; a truncated gzip is one clear error", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ingest-"));
  const html = await readFile(join(FIXTURES, "page.html"));
  await writeFile(join(dir, "page.html.gz"), gzipSync(html));
  const cut = gzipSync(Buffer.concat([html, html, html]));
  await writeFile(join(dir, "cut.txt.gz"), cut.subarray(0, Math.floor(cut.length / 2)));
  const results = await collect([join(dir, "page.html.gz"), join(dir, "cut.txt.gz")]);
  assert.equal(results.length, 2);
  assert.ok(results[0]?.ok);
  assert.equal(results[0].doc.title, "Tide mill reopens after repairs");
  assert.deepEqual(results[1], {
    ok: false,
    source: join(dir, "cut.txt.gz"),
    error: "truncated gzip (unexpected end of file)",
  });
});

test("a windows-1251 page is decoded from its meta charset", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ingest-"));
  const page = `<html lang="ru"><head><meta charset="windows-1251"><title>Мост откроют в мае</title></head>
<body><article><p>${"Мэр вымышленного города Заречье сообщил, что новый мост откроют в мае. ".repeat(3)}</p></article></body></html>`;
  await writeFile(join(dir, "page.htm"), iconv.encode(page, "windows-1251"));
  const [result] = await readOneFile(join(dir, "page.htm"));
  assert.ok(result?.ok);
  assert.equal(result.doc.title, "Мост откроют в мае");
  assert.ok(result.doc.body.startsWith("Мэр вымышленного города Заречье"));
  assert.equal(result.doc.lang, "ru");
});

test("size limit: one document over it is an error naming both sizes; JSONL streams line by line", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ingest-"));
  await writeFile(join(dir, "big.txt"), `Title\n\n${"word ".repeat(4000)}`.slice(0, 15 * 1024 + 512));
  const line = JSON.stringify({ text: "A short wire item about tides." });
  await writeFile(join(dir, "many.jsonl"), `${line}\n`.repeat(500));
  const results = await collect([join(dir, "big.txt"), join(dir, "many.jsonl")], { maxBytes: 10 * 1024 });
  assert.deepEqual(results[0], {
    ok: false,
    source: join(dir, "big.txt"),
    error: "file is 15.5 KB, over the 10 KB limit for one article; raise it with --max-bytes",
  });
  assert.equal(results.length, 501);
  assert.ok(results.slice(1).every((r) => r.ok));
});

test("stdin is sniffed: JSONL lines get `-#N` sources", async () => {
  const stdin = Readable.from([Buffer.from('{"text":"Quay lights fixed."}\n{"text":"Buoy moved."}\n')]);
  const results = await collect(["-"], { stdin });
  assert.deepEqual(results.map(summary), ["ok -#1", "ok -#2"]);
});

test("missing paths and nested folders", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ingest-"));
  await mkdir(join(dir, "b"));
  await writeFile(join(dir, "b", "z.txt"), "Zed headline\n\nBody z.");
  await writeFile(join(dir, "a.txt"), "Aye headline\n\nBody a.");
  await writeFile(join(dir, ".hidden.txt"), "Hidden\n\nNot read.");
  const results = await collect([join(dir, "nope.txt"), dir]);
  assert.deepEqual(results.map(summary), [
    `error ${join(dir, "nope.txt")}: no such file or directory`,
    `ok ${dir}/a.txt`,
    `ok ${dir}/b/z.txt`,
  ]);
});

test("the seed dumps: dates from headers only, never guessed", {
  skip: !existsSync(SEEDS) && `${SEEDS} not present`,
}, async () => {
  const results = await collect([SEEDS]);
  assert.equal(results.length, 5);
  const docs = results.map((r) => {
    assert.ok(r.ok, summary(r));
    return r.doc;
  });
  const bySeed = (prefix: string) => docs.find((d) => d.source.split("/").pop()?.startsWith(prefix));
  assert.equal(bySeed("000_")?.published, "2025-08-29");
  assert.match(bySeed("000_")?.url ?? "", /^https:\/\/sputnikglobe\.com\/20250829\//);
  assert.equal(bySeed("004_")?.published, "2025-09-05");
  for (const prefix of ["001_", "002_", "003_"]) {
    assert.equal(bySeed(prefix)?.published, null, prefix);
    assert.equal(bySeed(prefix)?.publishedFrom, null, prefix);
  }
});
