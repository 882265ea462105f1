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
