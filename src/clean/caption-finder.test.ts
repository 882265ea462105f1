import assert from "node:assert/strict";
import { test } from "node:test";
import { removeCaptions } from "./caption-finder.ts";
import { keptUnit } from "./clean-unit.ts";

const rules = (lines: string[]) =>
  removeCaptions(lines.map(keptUnit)).map((unit) => unit.removal?.rule ?? null);

test("a caption printed twice loses both copies", () => {
  const caption = "Mayor Mara Velin cuts the ribbon at the new pier.(File Photo)";
  assert.deepEqual(rules(["The pier opened on Sunday.", caption, caption, "Crowds gathered."]), [
    null,
    "caption",
    "caption",
    null,
  ]);
});

test("a single line ending in a photo credit is a caption", () => {
  assert.deepEqual(rules(["Ferry passengers queue at dawn. Photo: Harbor Ledger"]), ["caption"]);
  assert.deepEqual(rules(["Tomas Brek at the harbor (AP Photo/Ilse Marr)"]), ["caption"]);
});

test("a line labelled 'Photo:' and ending in a bracketed credit is a caption, however long", () => {
  const caption =
    "Photo: Relatives of the ferry crew wait at the end of the Port Alden pier on Monday night, as the storm passes. (Harbor Ledger/Ilse Marr)";
  assert.deepEqual(rules(["The crew came home on Tuesday.", caption]), [null, "caption"]);
  assert.deepEqual(rules(["Photo: the council said the pier (built in 1950) would stay open."]), [null]);
});

test("an agency credit makes a caption only when the line is repeated", () => {
  const line = "Workers repair the breakwater near Port Alden (Reuters)";
  assert.deepEqual(rules([line, line]), ["caption", "caption"]);
  assert.deepEqual(rules(["The council will vote again next week, Velin said. (PTI)"]), [null]);
});

test("prose and uncredited repeats are not captions", () => {
  const lede = "The Port Alden ferry will resume service on Monday, officials said.";
  assert.deepEqual(rules([lede, lede]), [null, null], "left to the repeat remover, which keeps one");
  assert.deepEqual(rules(["Velin showed reporters a photo of the damaged pier (taken in May)."]), [null]);
});

test("a short uncredited line printed twice after the lede is a caption; a repeated long paragraph is not", () => {
  const lede = "The harbour council approved the ferry budget on Monday.";
  const caption = "Ferry passengers queue at the Ellery pier.";
  const long = `${"The council approved the new ferry budget after a night of debate, ".repeat(2)}members said.`;
  const units = [lede, caption, caption, long, long].map((text) => ({ text, removal: null }));
  const kept = removeCaptions(units).map((u) => u.removal === null);
  assert.deepEqual(kept, [true, false, false, true, true]);
});
