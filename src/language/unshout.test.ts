import assert from "node:assert/strict";
import { test } from "node:test";
import { unshoutNames } from "./unshout.ts";

test("surnames in capitals after a given name or a title are written in ordinary case, at the same length", () => {
  const cases: [string, string][] = [
    ["General Abdoulaye SÉRÉMÉ said", "General Abdoulaye Sérémé said"],
    ["Ms Luísa TEIXEIRA DO AMARAL, the chief executive", "Ms Luísa Teixeira do Amaral, the chief executive"],
    ["Jean-Baptiste KOLOGO told ATP", "Jean-Baptiste Kologo told ATP"],
    // acronyms and datelines stay as written
    ["The NATO summit and the UN", "The NATO summit and the UN"],
    ["NAKOUMBA, 7 May (ATP) – The new terminal", "NAKOUMBA, 7 May (ATP) – The new terminal"],
  ];
  for (const [written, read] of cases) {
    assert.equal(unshoutNames(written), read);
    assert.equal(unshoutNames(written).length, written.length);
  }
});
