import assert from "node:assert/strict";
import { test } from "node:test";
import { keptUnit } from "./clean-unit.ts";
import { bylineAuthor, datelineDate, extractMetaLines, readStamp } from "./meta-lines.ts";

const LEDE =
  "Mayor Mara Velin said on Tuesday that the Port Alden ferry would run again before the summer season.";

test("bylineAuthor reads spaced, glued and tailed bylines", () => {
  assert.equal(bylineAuthor("By Mara Velin"), "Mara Velin");
  assert.equal(bylineAuthor("ByHarbor News Desk"), "Harbor News Desk");
  assert.equal(bylineAuthor("By Ana de Souza and Tomas Brek | Harbor Ledger"), "Ana de Souza and Tomas Brek");
  assert.equal(bylineAuthor("BY ILSE MARR"), "ILSE MARR");
});

test("bylineAuthor rejects phrases that start with By", () => {
  assert.equal(bylineAuthor("By Friday, the talks had stalled."), null);
  assert.equal(bylineAuthor("By The Numbers"), null);
  assert.equal(bylineAuthor("By then everyone had left"), null);
  assert.equal(bylineAuthor("Byzantine politics in Port Alden"), null);
});

test("readStamp reads publish and update stamps, not prose", () => {
  assert.deepEqual(readStamp("Updated on: Mar 07, 2025 03:23 pm GMT"), {
    rule: "update-stamp",
    reason: "update stamp moved to metadata",
    kind: "updated",
    date: "2025-03-07",
  });
  assert.equal(readStamp("Published: 6 March 2025")?.date, "2025-03-06");
  assert.equal(readStamp("Last updated 2 hours ago")?.date, null);
  assert.equal(readStamp("Published on Monday, the report blamed the harbor board."), null);
});

test("datelineDate needs a full date and nothing else", () => {
  assert.equal(datelineDate("Fri, Mar 07, 2025"), "2025-03-07");
  assert.equal(datelineDate("March 2025"), null);
  assert.equal(datelineDate("March 7, 2025: a timeline"), null);
});

test("extractMetaLines moves byline and stamps into metadata", () => {
  const units = ["Fri, Mar 07, 2025", "By Mara Velin", "Updated: Mar 08, 2025", LEDE, "By Tomas Brek"].map(
    keptUnit,
  );
  const meta = extractMetaLines(units);
  assert.equal(meta.author, "Mara Velin", "the first byline wins");
  assert.equal(meta.published, "2025-03-08", "an update stamp outranks a dateline");
  assert.deepEqual(
    meta.units.map((unit) => unit.removal?.rule ?? null),
    ["date-line", "byline", "update-stamp", null, "byline"],
  );
});

test("a title-case 'By ...' heading between paragraphs is not a byline", () => {
  const meta = extractMetaLines([LEDE, "By Land And Sea", LEDE].map(keptUnit));
  assert.equal(meta.author, null);
  assert.equal(meta.units[1]?.removal, null);
});

test("extractMetaLines prefers a publish stamp and keeps dates below the lede", () => {
  const units = ["Updated: Mar 09, 2025", "Published: Mar 08, 2025", LEDE, "February 24, 2022"].map(keptUnit);
  const meta = extractMetaLines(units);
  assert.equal(meta.published, "2025-03-08");
  assert.equal(meta.units[3]?.removal, null, "a bare date below the lede is a timeline sub-heading");
  assert.equal(extractMetaLines([keptUnit(LEDE)]).published, null);
});
