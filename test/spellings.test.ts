/**
 * Outlets spell one person differently: the dossier still shows one person, one holder.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { ingestPaths } from "../src/pipeline/ingest-run.ts";
import { SqliteStore } from "../src/store/sqlite-store.ts";

const dir = mkdtempSync(join(tmpdir(), "dossier-spellings-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const first = [
  "Published: 2026-09-03",
  "",
  "Merovan president rules out summit over dam",
  "",
  "President Bakhtiyor Nurzhanov of Merovia said on Thursday that a meeting with Kaldan's President Erlan Dosbay was out of the question while the dam gates stay shut. Nurzhanov spoke after a cabinet session on the water dispute.",
].join("\n");
const second = [
  "Published: 2026-10-20",
  "",
  "Dam talks: Nurjanov and Dosbay could meet",
  "",
  "Ilse Varden, the Sorland minister, said on Tuesday that a meeting between Baktiyar Nurjanov and Erlan Dosbay was now possible. The water dispute over the dam gates has lasted since June.",
].join("\n");

test("one person however the outlets spell him; 'President X of Merovia said' is X", async () => {
  writeFileSync(join(dir, "a.txt"), first);
  writeFileSync(join(dir, "b.txt"), second);
  const store = SqliteStore.open(join(dir, "d.db"));
  await ingestPaths([join(dir, "a.txt"), join(dir, "b.txt")], store);
  const stances = (await store.listStances()).map((s) => [
    s.holder,
    s.stance,
    s.proposition.participants.join(" + "),
  ]);
  assert.deepEqual(stances.sort(), [
    ["Bakhtiyor Nurzhanov", "ruled_out", "Bakhtiyor Nurzhanov + Erlan Dosbay"],
    ["Ilse Varden", "possible", "Bakhtiyor Nurzhanov + Erlan Dosbay"],
  ]);
  await store.close();
});
