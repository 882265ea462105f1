import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import type { Statement } from "../core/records.ts";
import { statementsOf } from "./test-helpers.ts";

/** Optional check on the shared seed articles (read, never copied): skipped where they are absent. */
const SEEDS = "/work/shared/seeds";
const present = existsSync(SEEDS);

function seeds(): { name: string; text: string; statements: Statement[] }[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => {
      const raw = readFileSync(`${SEEDS}/${name}`, "utf8");
      const text = raw.startsWith(" date") ? raw.slice(raw.indexOf("\n") + 1) : raw;
      return { name, text, statements: statementsOf(text) };
    });
}

const skip = present ? false : `${SEEDS} is absent`;
/** How a statement of the Kremlin spokesman is written at its cue in the seeds. */
const SPOKESMAN_MENTION = /^(?:.*\bPeskov|he|He|the spokesman|The Kremlin spokesman|the Kremlin spokesman)$/;

test("seeds: every statement whose speaker is written as the spokesman resolves to Dmitry Peskov", {
  skip,
}, () => {
  let count = 0;
  for (const { name, statements } of seeds()) {
    for (const s of statements) {
      if (s.speaker === null || !/Peskov|spokesman/.test(s.speaker.mention)) continue;
      count += 1;
      assert.equal(s.speaker.name, "Dmitry Peskov", `${name}: ${s.speaker.mention} → ${s.speaker.name}`);
      assert.match(s.speaker.mention, SPOKESMAN_MENTION);
    }
  }
  assert.ok(count >= 30, `only ${count} Peskov statements`);
});

test("seeds: relays RIA Novosti and Argumenty i Fakty are found", { skip }, () => {
  const vias = seeds().flatMap((a) => a.statements.map((s) => s.via));
  assert.ok(vias.includes("RIA Novosti"));
  assert.ok(vias.includes("Argumenty i Fakty"));
});

test("seeds: no statement comes from a headline, a caption or a teaser line", { skip }, () => {
  for (const { name, text, statements } of seeds()) {
    for (const s of statements) {
      const lineStart = text.lastIndexOf("\n", s.cue.start) + 1;
      const lineEnd = text.indexOf("\n", s.cue.start);
      const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
      assert.match(line, /[.!?"”:]$/, `${name}: statement from a headline-like line: ${line}`);
      assert.doesNotMatch(line, /^Also Read|\(File Photo\)/, `${name}: statement from furniture: ${line}`);
    }
  }
});
