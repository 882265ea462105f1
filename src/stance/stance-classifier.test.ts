import assert from "node:assert/strict";
import { test } from "node:test";
import { classifyStance } from "./stance-classifier.ts";

test("a negated ruling-out is an opening, not a refusal", () => {
  assert.deepEqual(classifyStance("The president does not rule out holding such a meeting"), {
    stance: "possible",
    condition: null,
  });
});

test("a possibility with 'only as a result of' is conditional and keeps the condition", () => {
  assert.deepEqual(classifyStance("a summit is possible but only as a result of the envoys' work."), {
    stance: "conditional",
    condition: "as a result of the envoys' work",
  });
});

test("'impossible before' is ruled out until the condition", () => {
  assert.deepEqual(classifyStance("A summit is impossible before the treaty text is agreed"), {
    stance: "ruled_out",
    condition: "before the treaty text is agreed",
  });
});

test("unlikely, planned, happened, and nothing when the words carry no modality", () => {
  assert.equal(classifyStance("Obviously, a deal in ten days is unlikely")?.stance, "unlikely");
  assert.equal(classifyStance("the next round is scheduled to take place on Monday")?.stance, "planned");
  assert.equal(classifyStance("the delegations met for two hours")?.stance, "happened");
  assert.equal(classifyStance("the weather in the capital was grey"), null);
});

test("a condition ends at its clause: no trailing footnote, participle or comma tail", () => {
  assert.equal(
    classifyStance("ruled out any summit before the treaty is signed, effectively ending hopes [2]")
      ?.condition,
    "before the treaty is signed",
  );
  assert.equal(classifyStance("a summit is impossible before June 2")?.condition, "before June 2");
});
