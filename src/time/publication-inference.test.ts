import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Removal } from "../core/records.ts";
import { inferPublication } from "./publication-inference.ts";
import { extractTimexes } from "./timex-extractor.ts";

function infer(text: string, removed: Removal[] = []) {
  return inferPublication(text, removed, extractTimexes(text, { published: null }));
}

test("a dateline removed by cleaning dates the article; an update stamp does not", () => {
  const removed = [{ text: "Mon, Mar 04, 2024", rule: "dateline", reason: "dateline" }];
  const r = infer("The council met on Monday, officials said.", removed);
  assert.equal(r?.date, "2024-03-04");
  assert.equal(r?.evidence[0]?.kind, "dateline");
  const updated = [{ text: "Updated on: Mar 04, 2024 10:12 am", rule: "update-stamp", reason: "stamp" }];
  assert.equal(infer("The council met, officials said.", updated)?.date ?? null, null);
});

test("the article's own dated address on its first line", () => {
  const r = infer("https://news.example/20231112/talks-resume-123.html\n\nTalks resumed, the ministry said.");
  assert.equal(r?.date, "2023-11-12");
  assert.equal(r?.evidence[0]?.kind, "own-url");
});

test("a cited address bounds the date from below but does not pin it", () => {
  const r = infer(
    "The envoy said talks stalled [1].\nReferences:\n[1] https://paper.example/world/2024/07/25/envoy-talks/",
  );
  assert.equal(r?.date, null);
  assert.equal(r?.notBefore, "2024-07-25");
  assert.equal(r?.evidence[0]?.kind, "cited-url");
});

test("a reporting weekday after the latest event dated with its year", () => {
  const text =
    "On May 16, 2024, the delegations met in Geneva. The spokesman said on Saturday that more talks are possible.";
  const r = infer(text);
  // May 16, 2024 is a Thursday; the first Saturday after is May 18.
  assert.equal(r?.date, "2024-05-18");
  assert.equal(r?.evidence[0]?.kind, "weekday-after-event");
});

test("a weekday without a dated event, or a year alone, pins nothing", () => {
  assert.equal(infer("The spokesman said on Saturday that talks began on May 16."), null);
  assert.equal(infer("The first talks since 2022 were held on Friday, he said."), null);
});

// The shared seeds: 003 cites a dated article, the other undated seeds carry no date evidence.
const SEEDS = fileURLToPath(new URL("../../../shared/seeds/", import.meta.url));
const skip = existsSync(SEEDS) ? false : `shared seeds not found at ${SEEDS}`;

test("undated seeds stay undated; 003 is bounded by the article it cites", { skip }, () => {
  const read = (prefix: string): string => {
    const name = readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`)) ?? "";
    return readFileSync(SEEDS + name, "utf8");
  };
  for (const prefix of ["001", "002"]) assert.equal(infer(read(prefix))?.date ?? null, null, prefix);
  const r = infer(read("003"));
  assert.equal(r?.date, null);
  assert.equal(r?.notBefore, "2025-07-25");
});
