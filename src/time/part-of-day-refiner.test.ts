import assert from "node:assert/strict";
import { test } from "node:test";
import { extractTimexes } from "./timex-extractor.ts";

const FRIDAY = "2013-03-22";

function timexes(text: string, published: string | null): [string, string, string | null][] {
  return extractTimexes(text, { published }).map((t) => [t.text, t.type, t.value]);
}

test("a weekday followed by a part of the day is a TIME with that part", () => {
  assert.deepEqual(timexes("Before departing on Friday afternoon, he spoke.", FRIDAY), [
    ["Friday afternoon", "TIME", "2013-03-22TAF"],
  ]);
  assert.deepEqual(timexes("The talks ended Wednesday night.", FRIDAY), [
    ["Wednesday night", "TIME", "2013-03-20TNI"],
  ]);
});

test("without a publication date the extent still grows, the value stays unknown", () => {
  assert.deepEqual(timexes("The talks ended Wednesday night.", null), [["Wednesday night", "TIME", null]]);
});
