import assert from "node:assert/strict";
import { test } from "node:test";
import { isHardWrapped, splitUnits } from "./paragraph-splitter.ts";

const texts = (body: string) => splitUnits(body).map((unit) => unit.text);

test("each line of a page dump is its own unit, blank lines and spaces collapse", () => {
  assert.deepEqual(texts("  First line.  \nSecond\u00a0 line.\n\n\n\nThird line.\r\n"), [
    "First line.",
    "Second line.",
    "Third line.",
  ]);
});

test("hard-wrapped prose is joined into paragraphs", () => {
  const body = [
    "The Port Alden ferry will resume service on Monday after",
    "a three-week repair of its engines, Mayor Mara Velin said",
    "at a press conference on the pier.",
    "",
    "Tickets go on sale on Friday.",
  ].join("\n");
  assert.deepEqual(texts(body), [
    "The Port Alden ferry will resume service on Monday after a three-week repair of its engines, Mayor Mara Velin said at a press conference on the pier.",
    "Tickets go on sale on Friday.",
  ]);
});

test("a block of short widget lines or full sentences is not hard-wrapped", () => {
  assert.equal(isHardWrapped(["Share", "Facebook", "Twitter"]), false);
  assert.equal(isHardWrapped(["The ferry runs on Monday.", "Tickets go on sale on Friday."]), false);
  assert.equal(isHardWrapped(["A single line"]), false);
});

test("soft hyphens and zero-width spaces are removed", () => {
  assert.deepEqual(texts("fer\u00adry\u200b service"), ["ferry service"]);
});
