import assert from "node:assert/strict";
import { test } from "node:test";
import { resolved } from "./timex-candidate.ts";
import { contextOf } from "./timex-test-helpers.ts";
import { UrlRefiner } from "./url-refiner.ts";

test("a date inside a URL is dropped, one in prose is kept", () => {
  const text = "See https://example.org/2025/07/25/story for the May 2024 figures.";
  const inUrl = resolved("chrono", { start: 24, end: 34 }, "DATE", "2025-07-25");
  const inProse = resolved("month", { start: 48, end: 56 }, "DATE", "2024-05");
  assert.deepEqual(new UrlRefiner().refine(contextOf(text, null), [inUrl, inProse]), [inProse]);
});
