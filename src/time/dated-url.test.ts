import assert from "node:assert/strict";
import { test } from "node:test";
import { datedUrls } from "./dated-url.ts";

test("slashed, compact and dashed dates in a path", () => {
  const text =
    "See https://example.org/world/2024/03/07/story/, https://news.example/20231112/talks-123.html and " +
    "https://x.example/2022-01-30-story and https://y.example/politics/2021/06/recap.";
  assert.deepEqual(
    datedUrls(text).map((u) => u.date),
    ["2024-03-07", "2023-11-12", "2022-01-30", "2021-06"],
  );
});

test("ids and impossible dates are not dates", () => {
  assert.deepEqual(datedUrls("https://x.example/story-1122683647.html https://y.example/2023/02/30/a"), []);
});
