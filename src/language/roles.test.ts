import assert from "node:assert/strict";
import { test } from "node:test";
import { extractEntities } from "./entities.ts";
import { HONORIFIC_BEFORE, isLeaderRole } from "./roles.ts";
import { splitSentences } from "./sentences.ts";

test("a leader's role, not his spokesman's, deputy's or aide's", () => {
  assert.equal(isLeaderRole("Karsovian President"), true);
  assert.equal(isLeaderRole("Prime Minister"), true);
  assert.equal(isLeaderRole("union leader"), true);
  assert.equal(isLeaderRole("President Teodoro Abrantes's spokesman"), false);
  assert.equal(isLeaderRole("spokesman for the President"), false);
  assert.equal(isLeaderRole("deputy prime minister"), false);
  assert.equal(isLeaderRole("foreign minister"), false);
});

test("a role before a name with a lower-case prefix ('President al-Waziri') is that name's role", () => {
  const text = "Hisham al-Waziri spoke first. President al-Waziri said the talks went well.";
  const people = extractEntities(text, splitSentences(text)).filter((e) => e.type === "person");
  assert.deepEqual(
    people.map((e) => [e.name, e.mentions.length]),
    [["Hisham al-Waziri", 2]],
  );
});

test("a portfolio between the role and the name is the role's: 'Minister of Industry and Trade Đỗ Thanh Tùng'", () => {
  const cases: [string, string][] = [
    ["Minister of Industry and Trade Đỗ Thanh Tùng said the contract would be signed.", "Đỗ Thanh Tùng"],
    ["Minister of Foreign Affairs Maria Haske said the deal was done.", "Maria Haske"],
  ];
  for (const [text, name] of cases) {
    const people = extractEntities(text, splitSentences(text)).filter((e) => e.type === "person");
    assert.deepEqual(
      people.map((e) => e.name),
      [name],
    );
  }
});

test("an honorific before a name is a whole word: 'U Thein Lwin', not the 'U' of 'EU'", () => {
  assert.ok(HONORIFIC_BEFORE.test("spokesman U "));
  assert.ok(HONORIFIC_BEFORE.test("said Ato "));
  assert.ok(!HONORIFIC_BEFORE.test("the EU "));
  assert.ok(!HONORIFIC_BEFORE.test("the AU "));
});
