import assert from "node:assert/strict";
import { test } from "node:test";
import { sha256Hex, shortId } from "./hash.ts";

test("shortId is stable and prefixed", () => {
  assert.equal(shortId("a", "hello"), `a_${sha256Hex("hello").slice(0, 12)}`);
  assert.notEqual(shortId("a", "hello"), shortId("a", "hello!"));
});
