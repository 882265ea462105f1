/**
 * The corpus stages are incremental: ingesting a corpus a file at a time must give what one ingest gives, a copy
 * that arrives after its original (or before it) must end up pointing at the fuller version, and re-ingesting
 * must change nothing.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { ingestPaths } from "../src/pipeline/ingest-run.ts";
import { SqliteStore } from "../src/store/sqlite-store.ts";

const CORPUS = fileURLToPath(new URL("../examples/corpus", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "dossier-incremental-"));
after(() => rmSync(dir, { recursive: true, force: true }));

async function snapshot(store: SqliteStore) {
  const stories = (await store.listStories()).map((s) => [...s.articleIds].sort().join(" ")).sort();
  const duplicates = (await store.listDuplicates())
    .map((d) => `${d.articleId}>${d.duplicateOf}:${d.kind}`)
    .sort();
  const stances = (await store.listStances())
    .map((s) => `${s.statementId}|${s.holder}|${s.stance}|${s.proposition.participants.join(",")}`)
    .sort();
  const timelines = (await store.listStories()).map((s) => s.timeline.length).sort();
  return { stories, duplicates, stances, timelines };
}

test("a corpus ingested a file at a time gives what one ingest gives", async () => {
  const files = readdirSync(CORPUS)
    .sort()
    .map((f) => join(CORPUS, f));
  const whole = SqliteStore.open(join(dir, "whole.db"));
  await ingestPaths(files, whole);
  const stepwise = SqliteStore.open(join(dir, "stepwise.db"));
  for (const file of files) await ingestPaths([file], stepwise);
  const a = await snapshot(whole);
  const b = await snapshot(stepwise);
  assert.ok(a.stories.length >= 2 && a.stances.length > 0 && a.duplicates.length > 0);
  assert.deepEqual(b.stories, a.stories);
  assert.deepEqual(b.duplicates, a.duplicates);
  assert.deepEqual(b.stances, a.stances);
  assert.deepEqual(b.timelines, a.timelines);
  await whole.close();
  await stepwise.close();
});

const body = [
  "Harbour minister Alvar Tennick said on Tuesday that a meeting with union leader Signe Morrow was possible next",
  "week if both sides accept the mediator's timetable. \"We are ready to sit down again, but not under threat of a",
  'strike," Tennick told reporters at the port office. Morrow said her members would vote on Thursday on whether to',
  "accept the offer, which includes a four per cent raise over two years and new rules on night shifts. Shipping",
  "companies have warned that a week-long stoppage would cost the port millions of crowns in lost trade.",
].join(" ");

test("a fuller copy arriving later becomes the kept version; re-ingesting changes nothing", async () => {
  const truncated = join(dir, "short.txt");
  const full = join(dir, "full.txt");
  writeFileSync(truncated, `Title: Port talks may resume\nDate: 2025-03-04\n\n${body.slice(0, 420)}\n`);
  writeFileSync(full, `Title: Port talks could resume next week\nDate: 2025-03-04\n\n${body}\n`);
  const store = SqliteStore.open(join(dir, "copies.db"));
  await ingestPaths([truncated], store);
  assert.equal((await store.listDuplicates()).length, 0);
  const before = await store.listStances();
  assert.ok(before.length > 0, "the short copy's stances are there while it stands alone");

  const summary = await ingestPaths([full], store);
  const [link] = await store.listDuplicates();
  const articles = await store.listArticles();
  const fullId = articles.find((a) => a.source.endsWith("full.txt"))?.id;
  const shortId = articles.find((a) => a.source.endsWith("short.txt"))?.id;
  assert.equal(link?.articleId, shortId);
  assert.equal(link?.duplicateOf, fullId);
  assert.equal(summary.stories, 1);
  const [story] = await store.listStories();
  assert.deepEqual([...(story?.articleIds ?? [])].sort(), [fullId, shortId].sort());
  const stances = await store.listStances();
  assert.ok(stances.length > 0);
  assert.ok(
    stances.every((s) => s.statementId.startsWith(`${fullId}.`)),
    "a copy's stances are not counted twice",
  );

  const again = await snapshot(store);
  const repeat = await ingestPaths([truncated, full], store);
  assert.equal(repeat.added, 0);
  assert.deepEqual(await snapshot(store), again);
  await store.close();
});
