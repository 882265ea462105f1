import assert from "node:assert/strict";
import { test } from "node:test";
import type { Stance, StanceValue } from "../core/records.ts";
import { detectChanges } from "./changes.ts";

let n = 0;
function stance(
  date: string | null,
  value: StanceValue,
  holder = "Ana Rell",
  participants = ["A", "B"],
): Stance {
  n += 1;
  return {
    id: `sn${n}`,
    statementId: `a_${n}.s1`,
    holder,
    proposition: { event: "meeting", participants },
    stance: value,
    condition: null,
    date,
  };
}

test("a turn to closed and back is two changes, each with its evidence", () => {
  const may = stance("2025-05-17", "conditional");
  const july = stance("2025-07", "ruled_out");
  const aug = stance("2025-08-29", "possible");
  const changes = detectChanges([aug, may, july]);
  assert.deepEqual(
    changes.map((c) => [c.from.id, c.to.id, c.fromLeaning, c.toLeaning]),
    [
      [may.id, july.id, "open", "closed"],
      [july.id, aug.id, "closed", "open"],
    ],
  );
});

test("moves inside one leaning, undated stances and other holders are not changes", () => {
  const changes = detectChanges([
    stance("2025-05-01", "possible"),
    stance("2025-06-01", "conditional"),
    stance(null, "ruled_out"),
    stance("2025-07-01", "ruled_out", "Other Person"),
    stance("2025-07-02", "ruled_out", "Ana Rell", ["A", "C"]),
  ]);
  assert.deepEqual(changes, []);
});

test("participants in any order are one proposition; a mixed day leans closed", () => {
  const changes = detectChanges([
    stance("2025-05-01", "possible", "Ana Rell", ["B", "A"]),
    stance("2025-06-01", "conditional"),
    stance("2025-06-01", "ruled_out"),
  ]);
  assert.equal(changes.length, 1);
  assert.equal(changes[0]?.to.stance, "ruled_out");
});

test("a learned reading reports no change", () => {
  const may = stance("2025-05-17", "possible");
  const june = { ...stance("2025-06-02", "unlikely"), learned: true as const };
  assert.deepEqual(detectChanges([may, june]), []);
  assert.equal(detectChanges([may, stance("2025-06-02", "unlikely")]).length, 1);
});
