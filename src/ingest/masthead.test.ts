import assert from "node:assert/strict";
import { test } from "node:test";
import { isNavigationLine, mastheadOutlet } from "./masthead.ts";

test("navigation and breadcrumb lines are recognised; prose with a slash is not", () => {
  assert.equal(isNavigationLine("Home | Region | Markets | Opinion"), true);
  assert.equal(isNavigationLine("News › Coastal towns"), true);
  assert.equal(isNavigationLine("World | Europe & Central Asia | Markets | Energy | Video"), true);
  assert.equal(isNavigationLine("The ferry/bus link closed on Monday, the council said."), false);
  assert.equal(isNavigationLine("Ferry fares | Bus fares"), false);
  assert.equal(isNavigationLine("World > Europe"), true);
  assert.equal(isNavigationLine("Companies / Shipping"), true);
});

test("a masthead names the outlet; a headline or a sentence is not a masthead", () => {
  assert.equal(mastheadOutlet("Ellery Evening Post"), "Ellery Evening Post");
  assert.equal(mastheadOutlet("Ellery Evening Post | Business"), "Ellery Evening Post");
  assert.equal(mastheadOutlet("Council approves ferry budget after long night of debate"), null);
  assert.equal(mastheadOutlet("Ferries run again."), null);
  assert.equal(mastheadOutlet("ferry news today"), null);
  assert.equal(mastheadOutlet("ELLERY EVENING POST · English edition"), "ELLERY EVENING POST");
  assert.equal(mastheadOutlet("Ellery Post — World Service"), "Ellery Post");
  assert.equal(mastheadOutlet("Ellery Post — Ferries Run Again Today"), null);
  assert.equal(mastheadOutlet("16.02.2031 15h40"), null);
  // an agency's initials and its name in full
  assert.equal(mastheadOutlet("OPA - Osk Press Agency"), "Osk Press Agency");
  assert.equal(mastheadOutlet("USA - Ferries Run Again"), null);
});

test("an agency's initials in mixed case or with its service, and a masthead with its navigation on one line", () => {
  assert.equal(mastheadOutlet("OsTA — Oskian Telegraph Agency"), "Oskian Telegraph Agency");
  assert.equal(mastheadOutlet("OPA – Osk Press Agency | English Service"), "Osk Press Agency");
  assert.equal(mastheadOutlet("Yes - Yet Another Song"), null);
  assert.equal(mastheadOutlet("HARBOUR TV  |  News · Sport · Weather · Live"), "HARBOUR TV");
  assert.equal(mastheadOutlet("Ferry fares rise | Bus fares fall | Trams run late"), null);
});
