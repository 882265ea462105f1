import assert from "node:assert/strict";
import { test } from "node:test";
import { keptUnit } from "./clean-unit.ts";
import { removeRepeats } from "./repeat-remover.ts";

const TITLE = "Port Alden ferry to resume service – Mayor Velin";
const LEDE = "The Port Alden ferry will resume service on Monday, Mayor Mara Velin said.";

test("a body line equal to the title is dropped", () => {
  const result = removeRepeats([keptUnit(TITLE), keptUnit(LEDE)], TITLE);
  assert.deepEqual(result[0]?.removal, {
    text: TITLE,
    rule: "repeated-title",
    reason: "repeats the article title",
  });
  assert.equal(result[1]?.removal, null);
});

test("a repeated lede keeps its first occurrence, even with spacing and punctuation changes", () => {
  const again = "The Port Alden ferry will resume service on Monday Mayor Mara Velin said";
  const result = removeRepeats([keptUnit(LEDE), keptUnit("Passengers cheered."), keptUnit(again)], null);
  assert.deepEqual(
    result.map((unit) => unit.removal?.rule ?? null),
    [null, null, "repeated-block"],
  );
});

test("short recurring sub-headings are kept", () => {
  const result = removeRepeats(["Background", LEDE, "Background"].map(keptUnit), TITLE);
  assert.ok(result.every((unit) => unit.removal === null));
});

test("units removed earlier do not count as first occurrences", () => {
  const earlier = { text: LEDE, removal: { text: LEDE, rule: "caption", reason: "test" } };
  const result = removeRepeats([earlier, keptUnit(LEDE)], null);
  assert.equal(result[1]?.removal, null);
});
