import assert from "node:assert/strict";
import { test } from "node:test";
import { formatDate, formatYear } from "./calendar.ts";
import { resolveAgainst } from "./reference-resolver.ts";

test("a full publication date resolves directly", () => {
  assert.equal(
    resolveAgainst({ year: 2025, month: 9, day: 5 }, (d) => formatDate(d)),
    "2025-09-05",
  );
});

test("a partial publication date keeps only values that do not depend on the missing part", () => {
  const year = { year: 2025, month: null, day: null };
  assert.equal(
    resolveAgainst(year, (d) => formatYear(d.year - 1)),
    "2024",
  );
  assert.equal(
    resolveAgainst(year, (d) => formatDate(d)),
    null,
  );
  assert.equal(
    resolveAgainst(null, () => "2020"),
    null,
  );
});
