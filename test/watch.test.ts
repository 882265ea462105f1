/**
 * `dossier watch`: files dropped into a watched folder are ingested, and a stance change they create is handed to
 * the --exec command; a second look at the same files reports nothing new.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { runCli } from "./run-cli.ts";

const ENTRY = fileURLToPath(new URL("../src/cli/entry.ts", import.meta.url));
const corpus = fileURLToPath(new URL("../examples/corpus/", import.meta.url));

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

test("a watched folder: new files are ingested and the stance change they bring is reported once", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-watch-"));
  const inbox = join(dir, "inbox");
  mkdirSync(inbox);
  const out = join(dir, "changes.jsonl");
  const db = join(dir, "w.db");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", ENTRY, "watch", inbox, "--db", db, "--interval", "0.2", "--exec", `cat >> '${out}'`],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += String(d);
  });
  try {
    assert.ok(await until(() => existsSync(db), 20_000), `watch did not open its database: ${stderr}`);
    copyFileSync(join(corpus, "harbourtimes-meeting-possible.txt"), join(inbox, "a.txt"));
    assert.ok(await until(() => /1 new articles/.test(stderr), 20_000), stderr);
    assert.equal(existsSync(out), false, "one statement is not a change");
    copyFileSync(join(corpus, "nordline-meeting-impossible.txt"), join(inbox, "b.txt"));
    assert.ok(await until(() => existsSync(out) && readFileSync(out, "utf8").trim() !== "", 20_000), stderr);
    const [line, ...more] = readFileSync(out, "utf8").trim().split("\n");
    const change = JSON.parse(line ?? "{}");
    assert.equal(change.holder, "Oren Valdak");
    assert.equal(change.from.stance, "conditional");
    assert.equal(change.to.stance, "ruled_out");
    assert.deepEqual(more, []);
  } finally {
    child.kill("SIGTERM");
  }
  const again = runCli(["watch", inbox, "--db", db, "--once", "--exec", `cat >> '${out}'`]);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(readFileSync(out, "utf8").trim().split("\n").length, 1, "nothing new on a second look");
});
