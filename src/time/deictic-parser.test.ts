import assert from "node:assert/strict";
import { test } from "node:test";
import { DeicticParser } from "./deictic-parser.ts";
import { found } from "./timex-test-helpers.ts";

const parser = new DeicticParser();

test("today, yesterday and tonight resolve against the publication date", () => {
  assert.deepEqual(
    found(parser, "Talks ended yesterday and resume today, with a vote tonight.", "2025-09-05"),
    [
      ["yesterday", "DATE", "2025-09-04"],
      ["today", "DATE", "2025-09-05"],
      ["tonight", "TIME", "2025-09-05TNI"],
    ],
  );
});

test("present references need no date, and drop the preposition", () => {
  assert.deepEqual(found(parser, "He is now abroad; at the moment no talks are currently planned.", null), [
    ["now", "DATE", "PRESENT_REF"],
    ["the moment", "DATE", "PRESENT_REF"],
    ["currently", "DATE", "PRESENT_REF"],
  ]);
});

test("without a publication date a day word keeps its span but no value", () => {
  assert.deepEqual(found(parser, "The minister left today.", null), [["today", "DATE", null]]);
});

test("'in the past' and 'at the time' point back, but not 'the past week' or 'at the time of'", () => {
  assert.deepEqual(
    found(
      parser,
      "In the past, he refused; the ship was at sea at the time. In the past week, at the time of writing.",
      null,
    ),
    [
      ["the past", "DATE", "PAST_REF"],
      ["the time", "DATE", "PAST_REF"],
    ],
  );
});
