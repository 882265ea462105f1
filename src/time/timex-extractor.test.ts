import assert from "node:assert/strict";
import { test } from "node:test";
import { extractTimexes } from "./timex-extractor.ts";

const FRIDAY = "2025-09-05";

function values(text: string, published: string | null): [string, string, string | null][] {
  return extractTimexes(text, { published }).map((t) => [t.text, t.type, t.value]);
}

function valueOfWord(text: string, word: string, published: string | null): string | null | undefined {
  return extractTimexes(text, { published }).find((t) => t.text === word)?.value;
}

test("offsets index the input text", () => {
  const text = "The envoy arrived on Thursday.";
  for (const t of extractTimexes(text, { published: FRIDAY }))
    assert.equal(text.slice(t.start, t.end), t.text);
});

test("a past-tense weekday is the latest one on or before publication", () => {
  assert.equal(
    valueOfWord("The minister said on Thursday that talks stalled.", "Thursday", FRIDAY),
    "2025-09-04",
  );
  assert.equal(valueOfWord("The summit opened on Friday.", "Friday", FRIDAY), "2025-09-05");
});

test("future cues send weekdays and dates forward", () => {
  assert.equal(valueOfWord("The minister will travel to Oslo on Monday.", "Monday", FRIDAY), "2025-09-08");
  assert.equal(valueOfWord("Talks are scheduled to resume on June 2.", "June 2", FRIDAY), "2026-06-02");
  assert.equal(valueOfWord("The talks on June 2 ended early.", "June 2", FRIDAY), "2025-06-02");
});

test("chrono dates and our month parser in one sentence", () => {
  assert.deepEqual(values("Delegates met on May 16 and again in May 2024, and also in May.", FRIDAY), [
    ["May 16", "DATE", "2025-05-16"],
    ["May 2024", "DATE", "2024-05"],
    ["May", "DATE", "2025-05"],
  ]);
});

test("relative periods, deictics and ago expressions", () => {
  assert.deepEqual(
    values("Last week and last month were calm; now, three months ago looks distant.", FRIDAY),
    [
      ["Last week", "DATE", "2025-W35"],
      ["last month", "DATE", "2025-08"],
      ["now", "DATE", "PRESENT_REF"],
      ["three months ago", "DATE", "2025-06"],
    ],
  );
});

test("'ago' wins over the duration it contains", () => {
  assert.deepEqual(values("It began three years ago.", FRIDAY), [["three years ago", "DATE", "2022"]]);
});

test("explicit dates resolve without a publication date; relative ones keep their span with null", () => {
  assert.deepEqual(
    values("On July 31, 2025 they met; since 2022 nothing moved; on Thursday they spoke.", null),
    [
      ["July 31, 2025", "DATE", "2025-07-31"],
      ["2022", "DATE", "2022"],
      ["Thursday", "DATE", null],
    ],
  );
});

test("quantities are not times", () => {
  assert.deepEqual(values("They swapped 1,000 prisoners and $10 billion in aid.", FRIDAY), []);
});

test("a garbled period still gives only what is clear", () => {
  assert.deepEqual(values("The visit is expected to start in the second half of August 31.", "2025-08-29"), [
    ["August 31", "DATE", "2025-08-31"],
  ]);
});

test("year inference stays on the publication date's side of the new year", () => {
  assert.equal(valueOfWord("The ceasefire of December 28 held.", "December 28", "2026-01-03"), "2025-12-28");
  assert.equal(valueOfWord("The vote will be held on January 4.", "January 4", "2025-12-30"), "2026-01-04");
  assert.equal(valueOfWord("Talks resumed on Tuesday.", "Tuesday", "2026-01-01"), "2025-12-30");
});
