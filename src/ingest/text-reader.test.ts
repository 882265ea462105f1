/** @module Tests for text-reader.ts. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { readTextDump } from "./text-reader.ts";

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

test("header block becomes metadata and removals; the title is not body", () => {
  const doc = readTextDump(fixture("dump-with-header.txt"), "dump.txt");
  assert.equal(doc.title, "Harbour council delays bridge vote after late objections");
  // The header's date beats the URL's (the URL says the 16th).
  assert.equal(doc.published, "2031-04-17");
  assert.equal(doc.publishedFrom, "header");
  assert.equal(doc.url, "https://www.examplewire.test/2031/04/16/harbour-bridge-vote.html");
  assert.equal(doc.outlet, "examplewire.test");
  assert.equal(doc.author, "Mira Castellano and Tobias Lund");
  assert.deepEqual(
    doc.removed.map((r) => r.rule),
    ["header-date", "dateline", "byline", "update-stamp"],
  );
  assert.ok(doc.body.startsWith("The council of the fictional port town"));
  assert.ok(!doc.body.includes("Harbour council delays"));
  assert.ok(doc.body.includes('"We need two more weeks'));
});

test("the URL gives the date only when the header does not", () => {
  const doc = readTextDump(
    "https://www.reuters.com/world/2031/03/09/ferry-strike/\nFerry strike ends\n\nBody.",
    "x",
  );
  assert.equal(doc.published, "2031-03-09");
  assert.equal(doc.publishedFrom, "url");
  assert.equal(doc.outlet, "Reuters");
});

test("no header: title is the first line, published stays null", () => {
  const doc = readTextDump(fixture("no-date.txt"), "n.txt");
  assert.equal(doc.title, "Orchard growers report a record pear harvest");
  assert.equal(doc.published, null);
  assert.equal(doc.publishedFrom, null);
  assert.deepEqual(doc.removed, []);
});

test("a dated sentence later in the body is not a header; a paragraph-long first line is not a title", () => {
  const long = `${"The harbour authority said ".repeat(15)}on Tuesday.`;
  const doc = readTextDump(`${long}\n\nPublished: 3 March 2031`, "x");
  assert.equal(doc.title, null);
  assert.equal(doc.published, null);
  assert.ok(doc.body.startsWith("The harbour authority"));
});

test("a masthead and navigation above the metadata give the outlet, and the headline is the title", () => {
  const dump = [
    "Ellery Evening Post | Coast",
    "Home | Region | Markets | Opinion",
    "Published: 14 March 2025",
    "",
    "Ferry budget approved after all-night session",
    "",
    "The harbour council approved the ferry budget on Monday.",
  ].join("\n");
  const doc = readTextDump(dump, "post.txt");
  assert.equal(doc.title, "Ferry budget approved after all-night session");
  assert.equal(doc.outlet, "Ellery Evening Post");
  assert.equal(doc.published, "2025-03-14");
  assert.deepEqual(
    doc.removed.map((r) => r.rule),
    ["published-stamp", "masthead", "navigation"],
  );
  assert.equal(doc.body, "The harbour council approved the ferry budget on Monday.");
});

test("a short headline with no metadata after it stays the title", () => {
  const doc = readTextDump("Ferries return\n\nThe ferries ran again on Monday.", "short.txt");
  assert.equal(doc.title, "Ferries return");
});

test("a stamp with day and month either way round is a stamp, not the title; the URL dates the page", () => {
  const doc = readTextDump(
    [
      "Harbour Agency",
      "English Service — Politics | Economy | Regions | Sport",
      "Posted: 04-03-2027 13:15 (GMT+2)",
      "https://harbour.example/en/politics/2027/03/04/ferry-talks",
      "",
      "Ferry talks to resume",
      "",
      "The ferry talks resume on Monday, the agency said.",
    ].join("\n"),
    "a.txt",
  );
  assert.equal(doc.title, "Ferry talks to resume");
  assert.equal(doc.published, "2027-03-04");
  assert.equal(doc.publishedFrom, "url");
});

test("motto, navigation and section label above the headline are furniture; the dateline's month settles the stamp", () => {
  const doc = readTextDump(
    [
      "HARBOUR DAILY",
      "News from both sides of the bay",
      "Home | Port Alden | Ferries | Opinion",
      "",
      "THE BAY",
      "Ferry crews home at last",
      "Posted 07/04/2031 · 07:20",
      "",
      "PORT ALDEN, April 6 (Harbour Wire) - The ferry crews came home on Thursday.",
    ].join("\n"),
    "a.txt",
  );
  assert.equal(doc.title, "Ferry crews home at last");
  assert.equal(doc.outlet, "HARBOUR DAILY");
  assert.equal(doc.published, "2031-04-07");
  assert.deepEqual(
    doc.removed.map((r) => r.rule),
    ["published-stamp", "masthead", "tagline", "navigation", "kicker"],
  );
  assert.ok(doc.body.startsWith("PORT ALDEN"));
});

test("a masthead with its edition and a bare day-first stamp: the headline is the title, the URL dates the page", () => {
  const doc = readTextDump(
    [
      "HARBOUR DAILY · English edition",
      "Home | Port Alden | Ferries | Opinion",
      "08.05.2031 18h25",
      "https://harbour.example/en/2031/05/08/ferry-crews",
      "",
      "Ferry crews leave for the talks",
      "",
      "The ferry crews left on Monday.",
    ].join("\n"),
    "a.txt",
  );
  assert.equal(doc.title, "Ferry crews leave for the talks");
  assert.equal(doc.outlet, "HARBOUR DAILY");
  assert.equal(doc.published, "2031-05-08");
});

test("a section label in capitals a blank line above the headline is furniture, not the title", () => {
  const doc = readTextDump(
    [
      "HARBOUR WEEKLY",
      "Ports · Ferries · Policy  |  Subscribe",
      "",
      "EXPLAINER",
      "",
      "The ferry deal, explained",
      "",
      "Who pays for the new ferries?",
    ].join("\n"),
    "a.txt",
  );
  assert.equal(doc.title, "The ferry deal, explained");
  const short = readTextDump(
    [
      "HARBOUR WEEKLY",
      "Ports · Ferries · Policy  |  Subscribe",
      "",
      "FERRIES RETURN",
      "",
      "The ferries came back to the bay on Monday.",
    ].join("\n"),
    "b.txt",
  );
  assert.equal(short.title, "FERRIES RETURN");
});

test("an ambiguous stamp nothing settles is read day first; a 'Stand:' stamp dates the page, an update stamp does not", () => {
  const read = (...lines: string[]) => readTextDump(lines.join("\n"), "a.txt");
  const stamp = read(
    "HARBOUR DAILY",
    "Home | Ferries",
    "",
    "Ferry crews home",
    "07.04.2031 | 07:20",
    "",
    "The crews came home.",
  );
  assert.equal(stamp.published, "2031-04-07");
  const updated = read(
    "HARBOUR DAILY",
    "",
    "Ferry crews home",
    "Updated 9 April 2031 at 08:10",
    "",
    "The crews came home.",
  );
  assert.equal(updated.published, null);
  const stand = read(
    "HARBOUR DAILY",
    "",
    "Ferry crews home",
    "Stand: 09.04.2031 08:10",
    "",
    "The crews came home.",
  );
  assert.equal(stand.published, "2031-04-09");
});

test("a stamp below a standfirst or a breadcrumb taken for the title still dates the page", () => {
  const doc = readTextDump(
    [
      "Home > World > Ferry crews home at last",
      "",
      "Ferry crews home at last",
      "The minister says the crossing reopens on Monday",
      "",
      "Jane Roe, Harbour Correspondent | 16.04.2031 17:35",
      "",
      "The ferry crews came home on Wednesday, the minister said at a long news conference in the port of Osk.",
    ].join("\n"),
    "b.txt",
  );
  assert.equal(doc.published, "2031-04-16");
});
