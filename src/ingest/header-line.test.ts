/** @module Tests for header-line.ts. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { bylineName, classifyHeaderLine } from "./header-line.ts";

test("date field with URL and a stray widget word", () => {
  const fact = classifyHeaderLine(" date 2031-04-17 https://news.example.test/a.html Search");
  assert.equal(fact?.rule, "header-date");
  assert.equal(fact?.date, "2031-04-17");
  assert.equal(fact?.url, "https://news.example.test/a.html");
});

test("datelines, publication and update stamps", () => {
  assert.deepEqual(
    [classifyHeaderLine("Thu, April 17, 2031")?.rule, classifyHeaderLine("Thu, April 17, 2031")?.date],
    ["dateline", "2031-04-17"],
  );
  assert.equal(classifyHeaderLine("Published: 3 March 2031, 10:02 GMT")?.rule, "published-stamp");
  const updated = classifyHeaderLine("Updated on: Sept 05, 2031 03:23 pm IST");
  assert.equal(updated?.rule, "update-stamp");
  assert.equal(updated?.date, "2031-09-05");
});

test("a stamp with its place before the date and a time after it", () => {
  assert.equal(classifyHeaderLine("Vell, 20/04/2032 - 11:15 GMT")?.date, "2032-04-20");
  assert.deepEqual(classifyHeaderLine("Vell, 06/02/2032 - 08:30 GMT")?.readings, [
    "2032-02-06",
    "2032-06-02",
  ]);
  // without a time, a place and a date may be a headline
  assert.equal(classifyHeaderLine("Vell, 06/02/2032: the day the river rose"), null);
});

test("bylines, glued or spaced, but not sentences that start with By", () => {
  assert.equal(classifyHeaderLine("ByCoastal News Desk")?.author, "Coastal News Desk");
  assert.equal(
    classifyHeaderLine("By Ana de la Cruz and Jan van Dijk")?.author,
    "Ana de la Cruz and Jan van Dijk",
  );
  assert.equal(classifyHeaderLine("Author: Lee Park")?.author, "Lee Park");
  assert.equal(classifyHeaderLine("By Monday the talks had stalled."), null);
  assert.equal(classifyHeaderLine("Byron Vale wins the mayoral race"), null);
  assert.equal(bylineName("the mayor"), null);
});

test("source and URL lines; ordinary lines are not header", () => {
  assert.equal(classifyHeaderLine("Source: Lakeside Herald")?.outlet, "Lakeside Herald");
  assert.equal(classifyHeaderLine("https://news.example.test/x")?.rule, "url-line");
  assert.equal(classifyHeaderLine("Search")?.rule, "header-widget");
  assert.equal(classifyHeaderLine("Council delays bridge vote"), null);
  assert.equal(classifyHeaderLine("Updated: council names new chair"), null);
  assert.equal(classifyHeaderLine("The vote was on April 17, 2031, the chair said."), null);
});

test("stamps with other languages' weekdays and months, 15h40 times, ISO times and a later edit time", () => {
  const date = (line: string) => classifyHeaderLine(line)?.date ?? null;
  assert.equal(date("16.02.2031 15h40"), "2031-02-16");
  assert.equal(date("Quinta-feira, 23 de março de 2031 — 09h20"), "2031-03-23");
  assert.equal(date("martes, 29 de abril de 2031 · 19:15"), "2031-04-29");
  assert.equal(date("Miércoles 22.03.2031 | 06:30 h"), "2031-03-22");
  assert.equal(date("2031-02-21T07:45:00-04:00"), "2031-02-21");
  assert.equal(date("March 9, 2031 / 15:32 GMT"), "2031-03-09");
  assert.equal(date("18.03.2031 10h05 · Updated 19.03.2031 11h30"), "2031-03-18");
});

test("a wire stamp may name its place when a time and a bracketed agency vouch for it", () => {
  assert.equal(classifyHeaderLine("Port Alden, 15/02/2031 — 14:05 (HNA)")?.date, "2031-02-15");
  assert.equal(classifyHeaderLine("24-02-2031 09:40 | Port Alden (HNA)")?.date, "2031-02-24");
  assert.equal(classifyHeaderLine("Ferry strike in Port Alden, 15/02/2031"), null);
});

test("a bare stamp with day and month either way round is a stamp holding both readings", () => {
  const fact = classifyHeaderLine("08.05.2031 18h25");
  assert.equal(fact?.rule, "dateline");
  assert.equal(fact?.date, null);
  assert.deepEqual(fact?.readings, ["2031-05-08", "2031-08-05"]);
  assert.deepEqual(classifyHeaderLine("Posted 07/04/2031 · 07:20")?.readings, ["2031-04-07", "2031-07-04"]);
});

test("a page address without its scheme, a 'Filed' stamp, a dotted date, a stamp before page widgets, an item number", () => {
  assert.equal(
    classifyHeaderLine("news.harbour.example/politics/ferry-deal-2031")?.url,
    "https://news.harbour.example/politics/ferry-deal-2031",
  );
  assert.equal(classifyHeaderLine("Filed 2031-10-17 06:50Z")?.date, "2031-10-17");
  assert.equal(classifyHeaderLine("2031.10.17. 09:20")?.date, "2031-10-17");
  assert.equal(classifyHeaderLine("18/09/2031 08:30 WIB | Print edition, page 1")?.date, "2031-09-18");
  assert.equal(classifyHeaderLine("News ID 31-0904-0217")?.rule, "header-widget");
  assert.equal(classifyHeaderLine("The ferry sailed at 09:20 on 2031.10.17. to Osk"), null);
  assert.equal(classifyHeaderLine("harbour.example is down again"), null);
});

test("a stamp that a time vouches for may carry a place, a byline, a weekday in any language or stamp words", () => {
  const date = (line: string) => classifyHeaderLine(line)?.date ?? null;
  assert.equal(date("Port Alden, Tuesday 14 October 2031 | 14:50"), "2031-10-14");
  assert.equal(date("Santa Rosa Baixa, 16/10/2031 - 19:40"), "2031-10-16");
  assert.equal(date("Osk, 15-10-2031 11:25 (local time)"), "2031-10-15");
  assert.equal(date("Föstudagur 17. október 2031 | 17:30"), "2031-10-17");
  assert.equal(date("Selasa, 21 Maret 2034 | 10:05"), "2034-03-21");
  assert.equal(date("20.10.2031, 11:15 Uhr"), "2031-10-20");
  assert.equal(date("18.10.2031. 06:45 (ažurirano 09:12)"), "2031-10-18");
  assert.equal(date("2031. 04. 22. 09:40"), "2031-04-22");
  const byline = classifyHeaderLine("Jane Roe, Political Correspondent | 22.10.2031 17:35");
  assert.equal(byline?.author, "Jane Roe");
  assert.equal(byline?.date, "2031-10-22");
  assert.equal(classifyHeaderLine("By World Desk | 22/10/2031 20:15")?.date, "2031-10-22");
  // prose with a date and a time stays prose; a place alone before a date without a time is a headline
  assert.equal(classifyHeaderLine("The ferry left Osk at 09:20 on 17.10.2031 for the islands"), null);
  assert.equal(classifyHeaderLine("Ferry strike in Port Alden, 15/02/2031"), null);
});

test("a weekday on the stamp tells day and month apart; a 12-hour clock puts the month first", () => {
  assert.equal(classifyHeaderLine("Thu 02.03.2034 · 11:15")?.date, "2034-03-02");
  assert.equal(classifyHeaderLine("Fri 02.03.2034 · 11:15")?.date, "2034-02-03");
  assert.deepEqual(classifyHeaderLine("04/03/2031 3:10 pm")?.readings, ["2031-04-03", "2031-03-04"]);
  assert.deepEqual(classifyHeaderLine("04/03/2031 15:10")?.readings, ["2031-03-04", "2031-04-03"]);
});
