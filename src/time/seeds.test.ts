import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { extractTimexes } from "./timex-extractor.ts";

// The shared seeds live beside the project (../shared); tests must pass without them.
const SEEDS = fileURLToPath(new URL("../../../shared/seeds/", import.meta.url));
const skip = existsSync(SEEDS) ? false : `shared seeds not found at ${SEEDS}`;

/** Publication dates the brief gives for two seeds; the others are read with no publication date. */
const PUBLISHED: Readonly<Record<string, string>> = { "000": "2025-08-29", "004": "2025-09-05" };

function seed(prefix: string): string | null {
  const name = existsSync(SEEDS) ? readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`)) : undefined;
  return name ? readFileSync(SEEDS + name, "utf8") : null;
}

test("seed 004: 'on Thursday' is the day before a Friday publication", { skip }, () => {
  const text = seed("004");
  assert.ok(text);
  const thursday = extractTimexes(text, { published: "2025-09-05" }).find((t) => t.text === "Thursday");
  assert.equal(thursday?.value, "2025-09-04");
});

test("seed 000: 'August 31' stays in 2025 and nothing leaves 2025", { skip }, () => {
  const text = seed("000");
  assert.ok(text);
  const timexes = extractTimexes(text, { published: "2025-08-29" });
  assert.equal(timexes.find((t) => t.text === "August 31")?.value, "2025-08-31");
  for (const t of timexes) if (/^\d{4}/.test(t.value ?? "")) assert.match(t.value ?? "", /^2025/, t.text);
});

test("no seed gets a year its text does not state, other than its publication year", { skip }, () => {
  for (const prefix of ["000", "001", "002", "003", "004"]) {
    const text = seed(prefix);
    if (!text) continue;
    const published = PUBLISHED[prefix] ?? null;
    for (const t of extractTimexes(text, { published })) {
      const year = /^(\d{4})/.exec(t.value ?? "")?.[1];
      if (!year) continue;
      const allowed = text.includes(year) || (published?.startsWith(year) ?? false);
      assert.ok(allowed, `seed ${prefix}: "${t.text}" → ${t.value}`);
    }
  }
});
