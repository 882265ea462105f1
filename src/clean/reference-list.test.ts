import assert from "node:assert/strict";
import { test } from "node:test";
import { keptUnit } from "./clean-unit.ts";
import { removeReferenceList } from "./reference-list.ts";

const rules = (lines: string[]) =>
  removeReferenceList(lines.map(keptUnit)).map((unit) => unit.removal?.rule ?? null);

test("a trailing References list with URLs is removed, heading included", () => {
  const lines = [
    "The ferry will run again on Monday [1].",
    "References:",
    "[1] https://harbor-ledger.example/2025/03/07/ferry",
    "[2] Port Alden council minutes, 6 March",
  ];
  assert.deepEqual(rules(lines), [null, "reference-list", "reference-list", "reference-list"]);
});

test("trailing bare footnote URLs are removed without a heading", () => {
  assert.deepEqual(rules(["Velin spoke on Monday.", "[1] https://example.org/a"]), [null, "reference-list"]);
});

test("a numbered list without URLs or heading is article text", () => {
  assert.deepEqual(rules(["The plan has two parts:", "[1] new boats", "[2] a longer pier"]), [
    null,
    null,
    null,
  ]);
});

test("a references heading followed by prose is kept", () => {
  assert.deepEqual(rules(["Sources:", "Two council members confirmed the vote."]), [null, null]);
});

test("removed widgets after the list do not hide it", () => {
  const units = [keptUnit("Text."), keptUnit("References:"), keptUnit("[1] https://example.org/a")];
  const widget = { text: "Comments", removal: { text: "Comments", rule: "comments-widget", reason: "r" } };
  const result = removeReferenceList([...units, widget]);
  assert.equal(result[1]?.removal?.rule, "reference-list");
  assert.equal(result[3]?.removal?.rule, "comments-widget");
});
