import assert from "node:assert/strict";
import { test } from "node:test";
import type { Statement } from "../core/records.ts";
import { dateStatements } from "./statement-dater.ts";
import { extractTimexes } from "./timex-extractor.ts";

const FRIDAY = "2025-09-05";

/** A statement whose cue and content are the first occurrences of the given strings. */
function statement(text: string, cue: string, content: string): Statement {
  const cueStart = text.indexOf(cue);
  const contentStart = text.indexOf(content);
  return {
    id: "s1",
    speaker: null,
    via: null,
    kind: "indirect",
    cue: { text: cue, start: cueStart, end: cueStart + cue.length },
    content: { text: content, start: contentStart, end: contentStart + content.length },
    date: null,
  };
}

function dateOf(text: string, cue: string, content: string): string | null {
  const timexes = extractTimexes(text, { published: FRIDAY });
  return dateStatements(text, [statement(text, cue, content)], timexes)[0]?.date ?? null;
}

test("a date right after the cue dates the statement", () => {
  const text = "The mayor said on Thursday that the bridge would reopen.";
  assert.equal(dateOf(text, "said", "the bridge would reopen"), "2025-09-04");
});

test("a few words may sit between the cue and the date", () => {
  const text = "The mayor told reporters on Wednesday that the bridge would reopen.";
  assert.equal(dateOf(text, "told", "the bridge would reopen"), "2025-09-03");
});

test("an introductory phrase dates the statement", () => {
  const text = "Speaking to reporters on Tuesday, the mayor said the bridge would reopen.";
  assert.equal(dateOf(text, "said", "the bridge would reopen"), "2025-09-02");
  const text2 = "In an interview aired on Monday by a local radio, the mayor said the bridge was safe.";
  assert.equal(dateOf(text2, "said", "the bridge was safe"), "2025-09-01");
});

test("'said after Wednesday's meeting' is that day", () => {
  const text = "The mayor said after Wednesday's meeting that no deal was near.";
  assert.equal(dateOf(text, "said", "no deal was near"), "2025-09-03");
});

test("a date inside the reported words is not the statement's date", () => {
  const text = "The mayor said the bridge will reopen on June 2.";
  assert.equal(dateOf(text, "said", "the bridge will reopen on June 2"), null);
  const text2 = "On Monday, the bridge closed, the mayor said.";
  assert.equal(dateOf(text2, "said", "the bridge closed"), null);
});

test("even with a content span that misses the date, a clause opener blocks it", () => {
  const text = "The mayor said that the bridge will reopen on Monday.";
  assert.equal(dateOf(text, "said", "the bridge will reopen"), null);
});

test("a date in another sentence does not count", () => {
  const text = "The storm hit on Monday. The mayor said the bridge was safe.";
  assert.equal(dateOf(text, "said", "the bridge was safe"), null);
});

test("a direct quote with the cue and date after it", () => {
  const text = '"The bridge is safe," the mayor said on Tuesday.';
  assert.equal(dateOf(text, "said", "The bridge is safe,"), "2025-09-02");
});

test("a part of the day keeps its date: 'said in an interview on Wednesday evening'", () => {
  const text = "The mayor said in an interview with KRT on Wednesday evening that the bridge would reopen.";
  assert.equal(dateOf(text, "said", "the bridge would reopen"), "2025-09-03");
});

test("a speaker's undated words later in the article were said when his dated words before them were", () => {
  const text =
    "Mayor Ana Varga said on Wednesday that the bridge would reopen.\n“We will not wait for the ministry,” Varga told reporters.\nNobody else was undated.";
  const speaker = { name: "Ana Varga", mention: "Varga", start: 0, end: 5, entityId: "e1" };
  const first = { ...statement(text, "said", "the bridge would reopen"), speaker };
  const second = { ...statement(text, "told", "We will not wait for the ministry"), id: "s2", speaker };
  const other = { ...statement(text, "Nobody", "else was undated"), id: "s3" };
  const dated = dateStatements(text, [first, second, other], extractTimexes(text, { published: FRIDAY }));
  assert.deepEqual(
    dated.map((s) => s.date),
    ["2025-09-03", "2025-09-03", null],
  );
});

test("a date opening the sentence before the speaker: 'In March the minister called talk of a truce premature'", () => {
  const text = "In March the minister called talk of a truce premature.";
  assert.equal(dateOf(text, "called", "talk of a truce premature"), "2025-03");
  const own = "On Friday, the talks collapsed, the minister said.";
  assert.equal(dateOf(own, "said", "the talks collapsed"), null);
});

test("a date that names a thing ('the 16 December election') does not date the saying; the sentence's opening does", () => {
  const text =
    "On Monday, two days after the commission refused to register her list for the 16 December election, she withdrew the request.";
  assert.equal(dateOf(text, "withdrew", "the request"), "2025-09-01");
});
