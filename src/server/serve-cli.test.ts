/** `dossier serve` refuses what it cannot do with a usage error (exit 2), before listening. */
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runCli } from "../../test/run-cli.ts";

test("serve --help shows examples", () => {
  const result = runCli(["serve", "--help"]);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /Examples:[\s\S]*DOSSIER_TOKEN/);
  assert.match(result.stdout, /--host <address>[\s\S]*127\.0\.0\.1/);
});

test("serve: a bad port, a short token or a missing database is a usage error", () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-serve-"));
  const port = runCli(["serve", "--port", "99999", "--db", join(dir, "x.db")]);
  assert.equal(port.status, 2);
  assert.match(port.stderr, /--port: expected 0–65535/);
  const missing = runCli(["serve", "--db", join(dir, "missing.db")]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no database at/);
  const token = runCli(["serve", "--db", join(dir, "x.db"), "--token", "short"]);
  assert.equal(token.status, 2);
  assert.match(token.stderr, /at least 8 characters/);
});
