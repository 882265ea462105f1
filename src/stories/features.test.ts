import assert from "node:assert/strict";
import { test } from "node:test";
import { entityTerm } from "./features.ts";

test("a person is one term however outlets spell the surname; places keep their variant key", () => {
  assert.equal(entityTerm("Bakhtiyor Nurzhanov", "person"), entityTerm("Baktiyar Nurjanov", "person"));
  assert.equal(entityTerm("Nourzhanov", "person"), entityTerm("Bakhtiyor Nurzhanov", "person"));
  assert.notEqual(entityTerm("Ivan Petrov", "person"), entityTerm("Ivan Petrova", "person"));
  assert.equal(entityTerm("Kiev", "place"), entityTerm("Kyiv", "place"));
  assert.notEqual(entityTerm("Nurzhanov", "person"), entityTerm("Nurzhanov", "organization"));
});
