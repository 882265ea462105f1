import assert from "node:assert/strict";
import { test } from "node:test";
import { rows } from "./test-helpers.ts";

test("a verb of saying is the cue without the adjunct after it", () => {
  const of = rows("“It is a mistake,” Venn said of the ferry plan.");
  assert.deepEqual(
    of.map((r) => [r.cue, r.content]),
    [["said", "It is a mistake"]],
  );
  const via = rows("Venn said via email that the harbour would reopen in May.");
  assert.deepEqual(
    via.map((r) => [r.cue, r.content]),
    [["said", "that the harbour would reopen in May"]],
  );
});
