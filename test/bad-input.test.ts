import assert from "node:assert/strict";
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { runCli } from "./run-cli.ts";

const GOOD =
  "Harbour council approves ferry budget\n\nThe harbour council of Port Ellery approved the ferry budget on Monday, " +
  "chair Amina Solberg said. “The boats will run all winter,” she added.\n";

/** A folder with one good article and one of each kind of bad input. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "dossier-bad-"));
  writeFileSync(join(dir, "good.txt"), GOOD);
  writeFileSync(
    join(dir, "binary.txt"),
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe]),
  );
  writeFileSync(
    join(dir, "latin1.txt"),
    Buffer.from("Caf\xe9 owners protest\n\nThe caf\xe9 owners said no.\n", "latin1"),
  );
  writeFileSync(join(dir, "empty.txt"), "");
  const gz = gzipSync(Buffer.from(GOOD.replace("ferry", "tram")));
  writeFileSync(join(dir, "truncated.txt.gz"), gz.subarray(0, Math.floor(gz.length / 2)));
  writeFileSync(
    join(dir, "broken.xml"),
    '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</title></channel>',
  );
  // 50 MB of plausible text, written in chunks so the test itself stays light
  const huge = openSync(join(dir, "huge.txt"), "w");
  const line = Buffer.from(`${"The ferry ran late again today. ".repeat(32)}\n`);
  for (let written = 0; written < 50 * 1024 * 1024; written += line.length) writeSync(huge, line);
  closeSync(huge);
  return dir;
}

test("each bad input gets one error line naming it; the good article is stored; exit status 1", () => {
  const dir = corpus();
  const db = join(dir, "out.db");
  const run = runCli(["ingest", dir, "--db", db, "--quiet"]);
  assert.equal(run.status, 1, run.stderr);
  const lines = run.stderr.trim().split("\n");
  for (const name of [
    "binary.txt",
    "latin1.txt",
    "empty.txt",
    "truncated.txt.gz",
    "broken.xml",
    "huge.txt",
  ]) {
    const mine = lines.filter((l) => l.includes(name));
    assert.equal(mine.length, 1, `${name}: ${JSON.stringify(lines)}`);
  }
  assert.equal(lines.length, 6, run.stderr);

  const exported = runCli(["export", "--json", "--db", db]);
  assert.equal(exported.status, 0, exported.stderr);
  const doc = JSON.parse(exported.stdout) as { articles: { source: string }[] };
  assert.deepEqual(
    doc.articles.map((a) => a.source),
    [join(dir, "good.txt")],
  );
});

test("a second ingest with bad inputs leaves what is stored intact and adds nothing twice", () => {
  const dir = corpus();
  const db = join(dir, "out.db");
  runCli(["ingest", join(dir, "good.txt"), "--db", db, "--quiet"]);
  const again = runCli(["ingest", dir, "--db", db]);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /0 new, 1 already stored, 6 failed/);
  const listed = runCli(["articles", "--json", "--db", db]);
  assert.equal((JSON.parse(listed.stdout) as unknown[]).length, 1);
});

test("usage mistakes exit 2 with a message; --help exits 0 and shows an example", () => {
  const unknown = runCli(["ingest", "--no-such-flag", "x"]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown option/);
  const missingDb = runCli(["stories", "--db", join(tmpdir(), "does-not-exist.db")]);
  assert.equal(missingDb.status, 2);
  assert.match(missingDb.stderr, /no database at .*; run `dossier ingest/);
  const help = runCli(["ingest", "--help"]);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Examples:/);
});

test("a database kept inside the corpus folder is not ingested as an article", () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-self-"));
  writeFileSync(join(dir, "good.txt"), GOOD);
  const db = join(dir, "dossier.db");
  const first = runCli(["ingest", dir, "--db", db, "--quiet"]);
  assert.equal(first.status, 0, first.stderr);
  const again = runCli(["ingest", dir, "--db", db]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, /0 new, 1 already stored, 0 failed/);
});

test("analyze --plain reads gzip by its magic bytes and reports a truncated one on its own line", () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-plain-"));
  const gz = gzipSync(Buffer.from(GOOD));
  writeFileSync(join(dir, "good.gz"), gz);
  writeFileSync(join(dir, "cut.gz"), gz.subarray(0, Math.floor(gz.length / 2)));
  const run = runCli(["analyze", "--plain", join(dir, "good.gz"), join(dir, "cut.gz")]);
  assert.equal(run.status, 1);
  const [good, cut] = run.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal((good?.article as { text: string } | undefined)?.text, GOOD);
  assert.match(String(cut?.error), /truncated gzip/);
});
