import assert from "node:assert/strict";
import { test } from "node:test";
import { type DedupInput, findDuplicates } from "./duplicates.ts";
import { containment, shingleSet } from "./shingles.ts";

const agency = [
  "The harbour authority of Port Ellery said on Monday that dredging of the northern channel would resume next",
  "month after a six-week pause caused by storms. Director Amina Solberg told reporters the work would cost",
  "about 40 million crowns and should be finished before the winter shipping season begins in earnest.",
  "Fishermen's groups have long complained that silt in the channel forces boats to wait for the tide, and",
  "the regional council approved the budget in a close vote last spring after a heated public hearing.",
].join(" ");

const doc = (id: string, text: string, seq: number, published: string | null = null): DedupInput => ({
  id,
  text,
  seq,
  published,
});

test("containment is 1 for a truncated copy and low the other way", () => {
  const full = shingleSet(agency);
  const truncated = shingleSet(agency.slice(0, agency.length / 2));
  // the cut may split the last word, so one shingle can differ
  assert.ok(containment(truncated, full) > 0.95);
  assert.ok(containment(full, truncated) < 0.6);
});

test("a truncated syndicated copy points at the full version, whatever the arrival order", () => {
  const copy = `Photo: harbour at dawn. ${agency.slice(0, Math.floor(agency.length * 0.7))} Also read: more news.`;
  const links = findDuplicates([doc("copy", copy, 1), doc("orig", agency, 2)]);
  assert.equal(links.length, 1);
  assert.equal(links[0]?.articleId, "copy");
  assert.equal(links[0]?.duplicateOf, "orig");
  assert.equal(links[0]?.kind, "syndicated");
});

test("the same page stored twice is 'same' and the earlier publication is kept", () => {
  const links = findDuplicates([doc("b", agency, 1, "2025-03-02"), doc("a", `${agency}`, 2, "2025-03-01")]);
  assert.deepEqual(
    links.map((l) => [l.articleId, l.duplicateOf, l.kind]),
    [["b", "a", "same"]],
  );
});

test("independent reports of the same event are not duplicates", () => {
  const other = [
    "Dredging in Port Ellery's northern channel restarts next month, the harbour authority announced, ending a",
    "pause that began when autumn storms damaged two barges. The project, budgeted at 40 million crowns, has",
    "divided the town: skippers welcome it, while some residents fear the noise will drive tourists away.",
  ].join(" ");
  assert.deepEqual(findDuplicates([doc("x", agency, 1), doc("y", other, 2)]), []);
});

test("the agency a republished copy credits is kept, even when the copy is longer", () => {
  const wire = `PORT ELLERY (Tidewire) — ${agency}`;
  const copy = `Harbour Gazette | Teaser: dredging resumes next month, with photos and a long caption line added. ${wire.slice(0, Math.floor(wire.length * 0.9))} Also read: the ferry timetable for the winter season and more.`;
  const links = findDuplicates([
    { ...doc("copy", copy, 1, "2025-03-01"), outlet: "Harbour Gazette" },
    { ...doc("wire", wire, 2, "2025-03-01"), outlet: "Tidewire News" },
  ]);
  assert.deepEqual(
    links.map((l) => [l.articleId, l.duplicateOf]),
    [["copy", "wire"]],
  );
});
