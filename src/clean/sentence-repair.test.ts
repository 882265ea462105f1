import assert from "node:assert/strict";
import { test } from "node:test";
import { repairSentences } from "./sentence-repair.ts";

test("glued sentences get their space back", () => {
  assert.equal(repairSentences("Velin said.The ferry runs."), "Velin said. The ferry runs.");
  assert.equal(
    repairSentences("It opens on May 31.Tickets cost less."),
    "It opens on May 31. Tickets cost less.",
  );
  assert.equal(repairSentences("Is it ready?Nobody knows."), "Is it ready? Nobody knows.");
  assert.equal(repairSentences("The vote [in March].It passed."), "The vote [in March]. It passed.");
});

test("an opening straight quote moves with the next sentence, a closing one stays", () => {
  assert.equal(repairSentences('Velin said."The pier is safe."'), 'Velin said. "The pier is safe."');
  assert.equal(repairSentences('"It is safe."Brek agreed.'), '"It is safe." Brek agreed.');
  assert.equal(
    repairSentences("Velin said.“We are ready.”Brek nodded."),
    "Velin said. “We are ready.” Brek nodded.",
  );
});

test("abbreviations, initials, decimals and URLs are left alone", () => {
  for (const text of [
    "The U.S. envoy arrived at 9 a.m. on Monday.",
    "U.S.Officials declined to comment.",
    "Ferries, e.g.The Alden Star, were late.",
    "Dr.Velin met Mr.Brek in St.Alden.",
    "Fares rose 2.5 percent, or 1.2.Section B explains why.",
    "See https://harbor.example/News.Today for details.",
    "Visit www.Harbor.example today.",
  ]) {
    assert.equal(repairSentences(text), text);
  }
});
