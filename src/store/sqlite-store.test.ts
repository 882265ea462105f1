import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { SQLITE_MIGRATIONS } from "./sqlite-migrations.ts";
import { SqliteStore } from "./sqlite-store.ts";
import { fixtureAnalysis, fixtureArticle, runStoreSuite } from "./store-suite.ts";

const dir = mkdtempSync(join(tmpdir(), "dossier-store-"));
let n = 0;
const fresh = () => SqliteStore.open(join(dir, `t${++n}.db`));

runStoreSuite("sqlite", fresh);

test("sqlite: WAL, schema version, and data survive a reopen", async () => {
  const path = join(dir, "reopen.db");
  const store = SqliteStore.open(path);
  const text = "Mara Quill said the vote passed.";
  await store.saveArticles([
    { article: fixtureArticle(text), analysis: fixtureAnalysis(text, "the vote passed") },
  ]);
  await store.close();
  const raw = new Database(path);
  assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
  assert.equal(raw.pragma("user_version", { simple: true }), SQLITE_MIGRATIONS.length);
  raw.close();
  const again = SqliteStore.open(path);
  assert.equal(await again.countArticles(), 1);
  await again.close();
});

test("sqlite: a batch that fails part-way stores nothing of it", async () => {
  const store = fresh();
  const text = "Mara Quill said the vote passed.";
  const good = { article: fixtureArticle(text), analysis: fixtureAnalysis(text, "the vote passed") };
  const broken = {
    article: fixtureArticle("another text", { text: null as unknown as string }),
    analysis: good.analysis,
  };
  await assert.rejects(store.saveArticles([good, broken]));
  assert.equal(await store.countArticles(), 0);
  await store.close();
});

test("sqlite: a database from a newer version is refused, not damaged", () => {
  const path = join(dir, "future.db");
  const raw = new Database(path);
  raw.pragma(`user_version = ${SQLITE_MIGRATIONS.length + 5}`);
  raw.close();
  assert.throws(() => SqliteStore.open(path), /newer than this Dossier understands/);
});

test("sqlite: a database made by an older version is migrated in place and keeps its articles", async () => {
  const path = join(dir, "old.db");
  const raw = new Database(path);
  raw.exec(SQLITE_MIGRATIONS[0] ?? "");
  raw.pragma("user_version = 1");
  raw
    .prepare("INSERT INTO articles (id, content_hash, source, format, text) VALUES (?, ?, ?, ?, ?)")
    .run("a_old", "hash-old", "old.txt", "text", "An article stored before dates had evidence.");
  raw.close();
  const store = SqliteStore.open(path);
  const article = await store.getArticle("a_old");
  assert.equal(article?.text, "An article stored before dates had evidence.");
  assert.equal(article?.dateEvidence, undefined);
  await store.close();
  const after = new Database(path);
  assert.equal(after.pragma("user_version", { simple: true }), SQLITE_MIGRATIONS.length);
  after.close();
});
