/** @module Tests for byte-stream.ts. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { type ByteLine, byteLines, collectBytes, formatSize } from "./byte-stream.ts";

async function* chunks(...parts: string[]): AsyncIterable<Buffer> {
  for (const p of parts) yield Buffer.from(p);
}

async function lines(it: AsyncIterable<ByteLine>): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  for await (const l of it) out.push(l.oversize ? null : l.bytes.toString());
  return out;
}

test("lines split across chunks, last line without newline, oversize lines skipped", async () => {
  assert.deepEqual(await lines(byteLines(chunks("ab", "c\nde", "\n\nf"), 100)), ["abc", "de", "", "f"]);
  assert.deepEqual(await lines(byteLines(chunks("short\n", "x".repeat(30), "y\nok\n"), 10)), [
    "short",
    null,
    "ok",
  ]);
});

test("collectBytes stops at the limit", async () => {
  assert.equal((await collectBytes(chunks("abc", "def"), "f", 6)).toString(), "abcdef");
  await assert.rejects(
    collectBytes(chunks("abc", "defg"), "f", 6),
    /input is over the 0.0 KB limit for one article; raise it with --max-bytes$/,
  );
});

test("sizes read as MB", () => {
  assert.equal(formatSize(50 * 1024 * 1024), "50.0 MB");
  assert.equal(formatSize(16 * 1024 * 1024, true), "16 MB");
  assert.equal(formatSize(15 * 1024 + 512), "15.5 KB");
  assert.equal(formatSize(10 * 1024, true), "10 KB");
});
