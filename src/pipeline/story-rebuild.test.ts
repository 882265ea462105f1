import assert from "node:assert/strict";
import { test } from "node:test";
import type { Stance } from "../core/records.ts";
import { onlyInCopy } from "./story-rebuild.ts";

function stance(id: string, holder: string, event: string, value: Stance["stance"]): Stance {
  return {
    id,
    statementId: `${id}.s`,
    holder,
    proposition: { event, participants: ["Ana Varga", "Ivo Lund"] },
    stance: value,
    condition: null,
    date: "2026-05-04",
  };
}

test("a copy adds only stances on propositions its kept version gives the holder none on", () => {
  const kept = [stance("k1", "Marta Velin", "meeting", "unlikely")];
  const copy = [
    stance("c1", "Marta Velin", "meeting", "ruled_out"),
    stance("c2", "Marta Velin", "call", "planned"),
    stance("c3", "Ivo Lund", "meeting", "possible"),
  ];
  assert.deepEqual(
    onlyInCopy(copy, kept).map((s) => s.id),
    ["c2", "c3"],
  );
});
